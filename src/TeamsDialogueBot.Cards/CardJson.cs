using System.Text.Json;

namespace TeamsDialogueBot.Cards;

/// <summary>Serialises cards the way Teams expects them (camelCase, nulls omitted, "type" first).</summary>
public static class CardJson
{
    private static readonly CardJsonContext Indented = new(new JsonSerializerOptions(CardJsonContext.Default.Options)
    {
        WriteIndented = true,
    });

    /// <summary>The card as a JSON value, ready to be an attachment's <c>content</c>.</summary>
    public static JsonElement ToElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard);
    }

    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        var context = indented ? Indented : CardJsonContext.Default;
        return JsonSerializer.Serialize(card, context.AdaptiveCard);
    }

    /// <summary>
    /// Compact UTF-8 size in bytes. Teams rejects messages above roughly 28 KB (the documented
    /// limit has varied), so views check this before sending.
    /// </summary>
    public static int Utf8Size(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, CardJsonContext.Default.AdaptiveCard).Length;
    }
}
