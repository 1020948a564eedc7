namespace TeamsDialogueBot.Reports.Model;

/// <summary>What happened on one speakers' list: the item's own, or one panel's (part III.2).</summary>
public sealed record ReportPart
{
    /// <summary>The panel's number inside its item, or null for the item's own floor.</summary>
    public int? Panel { get; init; }

    /// <summary>The panel's title; null for the item's own floor.</summary>
    public string? Title { get; init; }

    /// <summary>In the order the floor was given.</summary>
    public IReadOnlyList<ReportIntervention> Interventions { get; init; } = [];

    /// <summary>Null when the part had no speakers' list.</summary>
    public EqualFootingFigures? Figures { get; init; }
    public IReadOnlyList<ReportPoll> Polls { get; init; } = [];

    /// <summary>Hidden questions are left out by the caller.</summary>
    public IReadOnlyList<ReportQuestion> Questions { get; init; } = [];

    /// <summary>Hidden and withdrawn inputs are left out by the caller.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The audit trail, oldest first.</summary>
    public IReadOnlyList<ReportChairAction> ChairActions { get; init; } = [];
}
