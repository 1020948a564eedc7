namespace TeamsDialogueBot.Domain.Programme;

/// <summary>One numbered item of the programme ("III. Spotlight on …").</summary>
public sealed record AgendaItem
{
    /// <summary>The item's number as printed, e.g. "III".</summary>
    public required string Number { get; init; }
    public required string Title { get; init; }
    public AgendaItemKind Kind { get; init; } = AgendaItemKind.Other;

    /// <summary>The bullet points under the item.</summary>
    public IReadOnlyList<string> Points { get; init; } = [];
    public IReadOnlyList<Panel> Panels { get; init; } = [];
    public IReadOnlyList<StandingItem> StandingItems { get; init; } = [];

    /// <summary>Speaking time per intervention for this item; null = the programme's default.</summary>
    public TimeSpan? SpeakingTime { get; init; }

    public string Heading => $"{Number}. {Title}";

    public IEnumerable<GuidingQuestion> GuidingQuestions => StandingItems.SelectMany(s => s.GuidingQuestions);
}
