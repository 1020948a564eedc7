namespace TeamsDialogueBot.Cards;

/// <summary>A bar: <see cref="X"/> is the label, <see cref="Y"/> its length.</summary>
public sealed record HorizontalBarDataPoint(string X, double Y)
{
    /// <summary>Overrides the chart's color for this bar.</summary>
    public string? Color { get; init; }
}
