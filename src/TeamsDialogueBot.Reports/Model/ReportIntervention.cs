namespace TeamsDialogueBot.Reports.Model;

/// <summary>One turn at the floor.</summary>
public sealed record ReportIntervention
{
    /// <summary>1-based, in the order the floor was given on this part.</summary>
    public required int Turn { get; init; }
    public required string Speaker { get; init; }
    public string? Organisation { get; init; }
    public string? StakeholderGroup { get; init; }
    public required ReportChannel Channel { get; init; }

    /// <summary>A room request made from a phone (issue 18); always false for remote speakers.</summary>
    public bool FromPhone { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Null while the speaker still has the floor when the report is made.</summary>
    public DateTimeOffset? EndedAt { get; init; }
    public required TimeSpan SpeakingTime { get; init; }
    public required TimeSpan WaitingTime { get; init; }

    /// <summary>What the speaker asked to speak about (<c>q+ to say …</c>).</summary>
    public string? Topic { get; init; }
    public int? GuidingQuestion { get; init; }

    /// <summary>The transcript's cues within the floor times, as plain text; null without a transcript.</summary>
    public string? TranscriptExcerpt { get; init; }
}
