namespace TeamsDialogueBot.Reports.Model;

/// <summary>An input on related activities (or an open-text poll answer counted as one).</summary>
public sealed record ReportInput
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>The link to the activity, as text: writers never make user text clickable.</summary>
    public string? Link { get; init; }

    /// <summary>Shown for named and organisation-only inputs; null for anonymous ones.</summary>
    public string? Organisation { get; init; }

    /// <summary>
    /// "Submitted by" as the participant chose: their name (and organisation) for a named input, the
    /// organisation for an organisation-only one, null for an anonymous one.
    /// </summary>
    public string? Attribution { get; init; }
    public int? GuidingQuestion { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
}
