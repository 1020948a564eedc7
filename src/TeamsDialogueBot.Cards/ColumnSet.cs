namespace TeamsDialogueBot.Cards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
