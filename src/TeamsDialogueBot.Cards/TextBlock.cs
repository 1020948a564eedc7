namespace TeamsDialogueBot.Cards;

/// <summary>
/// A paragraph of text. Teams renders a Markdown subset in <see cref="Text"/>:
/// pass anything a user typed through <see cref="CardText.Plain"/> first.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }

    /// <summary>On by default: Teams truncates unwrapped text at the card's edge with no way to read the rest.</summary>
    public bool? Wrap { get; init; } = true;
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public TextBlockStyle? Style { get; init; }
}
