namespace TeamsDialogueBot.Reports.Model;

/// <summary>A written question to a panel.</summary>
public sealed record ReportQuestion
{
    public required string Text { get; init; }

    /// <summary>Who asked, as they chose to be shown; null for an anonymous question (the writers print "Anonymous").</summary>
    public string? AskedBy { get; init; }

    /// <summary>The panellist the question was addressed to; null for the whole panel.</summary>
    public string? AddressedTo { get; init; }
    public required int Votes { get; init; }
    public bool Answered { get; init; }
    public required DateTimeOffset AskedAt { get; init; }
}
