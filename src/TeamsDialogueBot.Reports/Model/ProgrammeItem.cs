namespace TeamsDialogueBot.Reports.Model;

/// <summary>One item of the programme as the agenda card shows it.</summary>
public sealed record ProgrammeItem
{
    /// <summary>As printed, e.g. "III".</summary>
    public required string Number { get; init; }
    public required string Title { get; init; }

    /// <summary>The item's time as printed, e.g. "10:00–10:15"; null when the programme gives none.</summary>
    public string? Time { get; init; }
    public IReadOnlyList<string> Points { get; init; } = [];
    public IReadOnlyList<ProgrammePanel> Panels { get; init; } = [];
    public IReadOnlyList<ProgrammeStandingItem> StandingItems { get; init; } = [];
}
