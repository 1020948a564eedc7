using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// An element's <c>fallback</c>: either another element or the string "drop"
/// (https://adaptivecards.io/explorer/ — "fallback" on every element).
/// </summary>
[JsonConverter(typeof(CardFallbackConverter))]
public sealed record CardFallback
{
    private CardFallback(CardElement? element) => Element = element;

    /// <summary>The replacement element; null means the element is dropped.</summary>
    public CardElement? Element { get; }

    public static CardFallback Drop { get; } = new((CardElement?)null);

    public static CardFallback FromElement(CardElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new CardFallback(element);
    }

    public static implicit operator CardFallback(CardElement element) => FromElement(element);
}
