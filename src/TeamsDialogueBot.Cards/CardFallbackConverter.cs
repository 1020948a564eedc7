using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

internal sealed class CardFallbackConverter : JsonConverter<CardFallback>
{
    private const string DropValue = "drop";

    public override CardFallback? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueTextEquals(DropValue)
                ? CardFallback.Drop
                : throw new JsonException($"A fallback string must be \"{DropValue}\".");
        }

        var element = JsonSerializer.Deserialize(ref reader, CardJsonContext.Default.CardElement)
            ?? throw new JsonException("A fallback must be an element or \"drop\".");
        return CardFallback.FromElement(element);
    }

    public override void Write(Utf8JsonWriter writer, CardFallback value, JsonSerializerOptions options)
    {
        if (value.Element is null)
        {
            writer.WriteStringValue(DropValue);
            return;
        }

        JsonSerializer.Serialize(writer, value.Element, CardJsonContext.Default.CardElement);
    }
}
