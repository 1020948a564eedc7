using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// The <c>data</c> of an answer row, written on every vote: source-generated, so the hot path neither reflects over
/// <see cref="StoredAnswer"/> nor walks the serializer's generic metadata path (issue 17).
/// </summary>
/// <remarks>
/// The text must stay exactly what <see cref="StorageJson"/> wrote before, because tallies GROUP BY it: the same
/// names (camelCase), nulls left out, the default encoder. <c>StoredAnswerJsonTests</c> compares the two.
/// </remarks>
internal static class StoredAnswerJson
{
    public static string Write(IReadOnlyList<string>? choices, int? rating, string? text) =>
        JsonSerializer.Serialize(new StoredAnswer(choices, rating, text), StoredAnswerJsonContext.Default.StoredAnswer);

    public static StoredAnswer Read(string json) =>
        JsonSerializer.Deserialize(json, StoredAnswerJsonContext.Default.StoredAnswer)
            ?? throw new InvalidDataException("Stored answer is empty.");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredAnswer))]
internal sealed partial class StoredAnswerJsonContext : JsonSerializerContext;
