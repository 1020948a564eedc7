using System.Globalization;
using System.Text.Json;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>Reads the meeting-details answer {details:{…}, conversation:{…}, organizer:{…}}; names match case-insensitively.</summary>
internal static class MeetingInfoParser
{
    public static MeetingInfo? Parse(ReadOnlySpan<byte> utf8)
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

        var details = Child(root, "details");
        var organizer = Child(root, "organizer");
        return new MeetingInfo(
            Text(details, "id"),
            Text(details, "msGraphResourceId"),
            Time(details, "scheduledStartTime"),
            Time(details, "scheduledEndTime"),
            Text(details, "title"),
            Text(details, "type"),
            Text(organizer, "id"),
            Text(organizer, "aadObjectId") ?? Text(organizer, "objectId"),
            Text(organizer, "tenantId"));
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement? parent, string name) =>
        parent is { } p && TryGet(p, name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    // The docs give UTC instants ("2022-04-24T22:00:00Z"); one without an offset is read as UTC too.
    private static DateTimeOffset? Time(JsonElement? parent, string name) =>
        Text(parent, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    // The docs' own samples spell some keys with stray spaces ("organizer  "), so names are compared trimmed.
    private static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        foreach (var property in parent.EnumerateObject())
        {
            if (string.Equals(property.Name.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
