namespace TeamsDialogueBot.Cards;

/// <summary>
/// Teams' <c>Chart.HorizontalBar</c> extension (schema 1.5 in Teams only), see
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/charts-in-adaptive-cards.
/// Other hosts (and older Teams clients) don't know it: always set <see cref="CardElement.Fallback"/>.
/// </summary>
public sealed record ChartHorizontalBar(IReadOnlyList<HorizontalBarDataPoint> Data) : CardElement
{
    public string? Title { get; init; }

    /// <summary>One chart color for every bar, e.g. "good" or "categoricalBlue".</summary>
    public string? Color { get; init; }

    /// <summary>"categorical", "sequential", "diverging", …; ignored when <see cref="Color"/> is set.</summary>
    public string? ColorSet { get; init; }
    public ChartDisplayMode? DisplayMode { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
}
