using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, source-generated.</summary>
public static class ProtocolJson
{
    // The default encoder writes every non-ASCII character as \uXXXX, tripling the size of accented,
    // CJK or Arabic text in cards that Teams caps at about 28 KB. These payloads are JSON bodies sent to
    // the Connector, never embedded in HTML, so the relaxed encoder is safe here.
    private static readonly ProtocolJsonContext Wire = new(new JsonSerializerOptions(ProtocolJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonSerializerOptions Options => Wire.Options;

    /// <exception cref="JsonException">Not a JSON activity, or a string in it holds what the bot cannot keep: half a surrogate pair or a NUL (see <see cref="UnstorableEscapes"/>).</exception>
    public static Activity? ParseActivity(ReadOnlySpan<byte> utf8)
    {
        var at = UnstorableEscapes.Find(utf8, out var escape);
        if (escape != UnstorableEscapes.UnstorableEscape.None)
        {
            throw new JsonException(
                escape == UnstorableEscapes.UnstorableEscape.Nul ? "A string holds a NUL character (\\u0000)." : "A string holds half a UTF-16 surrogate pair.",
                null, 0, at);
        }

        return JsonSerializer.Deserialize(utf8, Wire.Activity);
    }

    public static byte[] Serialize(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, Wire.Activity);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
