using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// A column of a <see cref="ColumnSet"/>. Not a body element in the schema (it can't stand
/// alone in a body), so it is not a <see cref="CardElement"/>; it still carries its "type".
/// </summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public string? Id { get; init; }
    public ColumnWidth? Width { get; init; }
    public VerticalContentAlignment? VerticalContentAlignment { get; init; }
    public ContainerStyle? Style { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
    public bool? IsVisible { get; init; }
    public CardAction? SelectAction { get; init; }
}
