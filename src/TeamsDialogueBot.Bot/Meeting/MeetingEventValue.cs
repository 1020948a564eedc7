using System.Globalization;
using System.Text.Json;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Reads the value of Teams' meeting events. Teams writes these keys in PascalCase ("StartTime", "Members", "User",
/// "AadObjectId") where the SDK samples use camelCase, so every name matches case-insensitively; anything missing or
/// of the wrong type reads as absent, never as an error.
/// </summary>
/// <remarks>
/// Start/end: value {MeetingType, Title, Id, JoinUrl, StartTime|EndTime}; participants: value {members:[{user:{id,
/// aadObjectId, name}, meeting:{role, inMeeting}}]} (TeamsMeetingMember in the Bot Framework schema).
/// </remarks>
public static class MeetingEventValue
{
    /// <summary>value.StartTime or value.EndTime as an instant.</summary>
    public static DateTimeOffset? Time(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } v && TryGet(v, name, out var text) && text.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    /// <summary>The members of a join/leave event; members without a user id and bots ("28:…") are left out.</summary>
    public static IReadOnlyList<RosterMember> Members(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !TryGet(v, "members", out var members) || members.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var found = new List<RosterMember>();
        foreach (var member in members.EnumerateArray())
        {
            if (member.ValueKind != JsonValueKind.Object || !TryGet(member, "user", out var user) || user.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var mri = Text(user, "id");
            if (mri is null || mri.StartsWith("28:", StringComparison.Ordinal))
            {
                continue;
            }

            var meeting = TryGet(member, "meeting", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
            var at = meeting is { } details ? Time(details, "joinTime") ?? Time(details, "leaveTime") : null;
            found.Add(new RosterMember(mri, Text(user, "aadObjectId"), at));
        }

        return found;
    }

    private static string? Text(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 512 } text ? text : null;

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
