using System.Text.Json;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>Reads the meeting-participant answer: {user:{id, aadObjectId, name}, meeting:{role, inMeeting}, conversation}.</summary>
internal static class MeetingParticipantParser
{
    public static MeetingParticipant? Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8);
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var user = Child(root, "user");
        var meeting = Child(root, "meeting");
        bool? inMeeting = meeting is { } m && TryGet(m, "inMeeting", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : null;
        return new MeetingParticipant(
            Text(user, "id"),
            Text(user, "aadObjectId"),
            Text(user, "name"),
            Text(meeting, "role"),
            inMeeting);
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement? parent, string name) =>
        parent is { } p && TryGet(p, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Teams' casing is not consistent across meeting APIs, so names match case-insensitively.
    private static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        foreach (var property in parent.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
