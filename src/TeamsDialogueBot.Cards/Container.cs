namespace TeamsDialogueBot.Cards;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }
    public VerticalContentAlignment? VerticalContentAlignment { get; init; }
}
