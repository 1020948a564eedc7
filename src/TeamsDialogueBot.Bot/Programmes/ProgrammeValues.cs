using System.Globalization;
using System.Text.RegularExpressions;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>Parses the programme file's scalar formats; null means "not in that format".</summary>
internal static partial class ProgrammeValues
{
    public static readonly IReadOnlyList<string> PollKinds = ["single", "multi", "rating", "text", "ranking"];

    private static readonly Dictionary<string, AgendaItemKind> Kinds = new(StringComparer.Ordinal)
    {
        ["opening"] = AgendaItemKind.Opening,
        ["briefing"] = AgendaItemKind.Briefing,
        ["panel"] = AgendaItemKind.Panel,
        ["tour-de-table"] = AgendaItemKind.TourDeTable,
        ["closing"] = AgendaItemKind.Closing,
        ["other"] = AgendaItemKind.Other,
    };

    public static IEnumerable<string> KindNames => Kinds.Keys;

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static TimeSlot? Slot(string text)
    {
        var match = SlotPattern().Match(text);
        if (!match.Success
            || !TimeOnly.TryParseExact(match.Groups[1].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(match.Groups[2].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return null;
        }

        return new TimeSlot(start, end);
    }

    public static TimeSpan? SpeakingTime(string text)
    {
        var match = SpeakingTimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var minutes = int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return new TimeSpan(0, minutes, seconds);
    }

    public static AgendaItemKind? Kind(string text) => Kinds.TryGetValue(text, out var kind) ? kind : null;

    /// <summary>
    /// Only IANA ids: on Linux .NET also resolves Windows ids ("W. Europe Standard Time"), which
    /// would then fail on hosts without ICU's mapping; the file format promises IANA.
    /// </summary>
    public static bool IsIanaTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    public static bool IsKnownLanguage(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(\d{2}:\d{2})-(\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"^(\d{1,3}):([0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakingTimePattern();
}
