using System.Collections.ObjectModel;

namespace TeamsDialogueBot.Domain.Programme;

/// <summary>An agenda item's texts in another language; whatever is missing keeps the programme's own text.</summary>
public sealed record AgendaItemTranslation
{
    public string? Title { get; init; }

    /// <summary>The points in the item's order (the file requires all of them: points carry no numbers to match by).</summary>
    public IReadOnlyList<string>? Points { get; init; }

    /// <summary>By panel number, 1-based as printed.</summary>
    public IReadOnlyDictionary<int, PanelTranslation> Panels { get; init; } = ReadOnlyDictionary<int, PanelTranslation>.Empty;

    /// <summary>Standing item titles by their 1-based position within the item.</summary>
    public IReadOnlyDictionary<int, string> StandingItems { get; init; } = ReadOnlyDictionary<int, string>.Empty;
}
