using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// The <c>data</c> of a speakers' list row and of a profile row, written on every `q+` (issue 17): source-generated,
/// so a cold host neither builds the reflection metadata nor emits accessors for them during a rush, and written as
/// UTF-8 bytes, never as a UTF-16 string that the driver would encode once more (a 300-entry list is ~100 KB of
/// JSON: as a string, a large object heap allocation on every save).
/// </summary>
/// <remarks>
/// The text must stay what <see cref="StorageJson"/> writes: rows written by either are read by both.
/// <c>SpeakersListJsonTests</c> compares the two.
/// </remarks>
internal static class SpeakersListJson
{
    public static byte[] Write(SpeakersListSnapshot snapshot) =>
        JsonSerializer.SerializeToUtf8Bytes(snapshot, SpeakersListJsonContext.Default.SpeakersListSnapshot);

    /// <summary>The same text in a pooled buffer (the caller disposes it once the statement has run).</summary>
    public static PooledJson WritePooled(SpeakersListSnapshot snapshot)
    {
        var json = new PooledJson();
        using (var writer = new Utf8JsonWriter(json))
        {
            JsonSerializer.Serialize(writer, snapshot, SpeakersListJsonContext.Default.SpeakersListSnapshot);
        }

        return json;
    }

    public static SpeakersListSnapshot Read(string json) =>
        JsonSerializer.Deserialize(json, SpeakersListJsonContext.Default.SpeakersListSnapshot)
            ?? throw new InvalidDataException("Stored SpeakersListSnapshot is empty.");

    public static byte[] WriteProfile(Speaker profile) =>
        JsonSerializer.SerializeToUtf8Bytes(profile, SpeakersListJsonContext.Default.Speaker);

    public static Speaker ReadProfile(string json) =>
        JsonSerializer.Deserialize(json, SpeakersListJsonContext.Default.Speaker)
            ?? throw new InvalidDataException("Stored Speaker is empty.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SpeakersListSnapshot))]
[JsonSerializable(typeof(Speaker))]
internal sealed partial class SpeakersListJsonContext : JsonSerializerContext;
