using System.Text.Encodings.Web;
using System.Text.Json;

namespace TeamsDialogueBot.Cards;

/// <summary>Serialises cards the way Teams expects them (camelCase, nulls omitted, "type" first).</summary>
public static class CardJson
{
    // Non-ASCII text stays UTF-8 rather than \uXXXX: card size counts against Teams' ~28 KB limit,
    // and card JSON goes to the Connector or a test, never into HTML.
    private static readonly CardJsonContext Compact = new(new JsonSerializerOptions(CardJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly CardJsonContext Indented = new(new JsonSerializerOptions(Compact.Options)
    {
        WriteIndented = true,
    });

    /// <summary>The card as a JSON value, ready to be an attachment's <c>content</c>.</summary>
    public static JsonElement ToElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Compact.AdaptiveCard);
    }

    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(card, context.AdaptiveCard);
    }

    /// <summary>
    /// Compact UTF-8 size in bytes. Teams rejects messages above roughly 28 KB (the documented
    /// limit has varied), so views check this before sending.
    /// </summary>
    /// <summary>Writes the card where a larger JSON document is being written (an invoke response body).</summary>
    public static void WriteTo(Utf8JsonWriter writer, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(card);
        JsonSerializer.Serialize(writer, card, Compact.AdaptiveCard);
    }

    public static int Utf8Size(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, Compact.AdaptiveCard).Length;
    }
}
