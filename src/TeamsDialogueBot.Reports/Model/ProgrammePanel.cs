namespace TeamsDialogueBot.Reports.Model;

/// <summary>A panel inside an item (<c>goto III.2</c>); moderator and panellists as the programme names them.</summary>
public sealed record ProgrammePanel
{
    /// <summary>1-based position inside its item: panel 2 of item III is part III.2.</summary>
    public required int Number { get; init; }
    public required string Title { get; init; }

    /// <summary>What follows the panel, e.g. "Q&amp;A and collection of inputs".</summary>
    public string? FollowUp { get; init; }
    public string? Moderator { get; init; }
    public IReadOnlyList<string> Panellists { get; init; } = [];
}
