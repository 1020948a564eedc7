using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// Reads a string field through <see cref="RecurringStrings.Shared"/>; for fields whose values repeat from one activity
/// to the next (see the properties that carry it). Writing is the default.
/// </summary>
public sealed class RecurringStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, not {reader.TokenType}.");
        }

        // Escaped, split or invalid UTF-8 values (rare on this wire) are decoded, or refused, by the reader itself.
        return reader.ValueIsEscaped || reader.HasValueSequence || !Utf8.IsValid(reader.ValueSpan)
            ? reader.GetString()
            : RecurringStrings.Shared.Get(reader.ValueSpan);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
