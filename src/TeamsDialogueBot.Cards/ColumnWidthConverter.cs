using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString() ?? string.Empty;
        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            return ColumnWidth.Pixels(pixels);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
        {
            return ColumnWidth.Weight(weight);
        }

        return text.ToUpperInvariant() switch
        {
            "AUTO" => ColumnWidth.Auto,
            "STRETCH" => ColumnWidth.Stretch,
            _ => throw new JsonException($"Unknown column width \"{text}\"."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword == "weight")
        {
            writer.WriteNumberValue(value.Value);
            return;
        }

        writer.WriteStringValue(value.ToString());
    }
}
