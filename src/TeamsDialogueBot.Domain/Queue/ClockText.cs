using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Durations as chairs type and read them: "3:00", "1:05:30".</summary>
public static class ClockText
{
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)Math.Round(Math.Abs(duration.TotalSeconds), MidpointRounding.AwayFromZero);
        var sign = duration < TimeSpan.Zero && seconds > 0 ? "-" : string.Empty;
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        var rest = seconds % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{hours}:{minutes:00}:{rest:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes}:{rest:00}");
    }

    /// <summary>Parses "m:ss" (also "h:mm:ss" and a bare number of minutes); the result is positive.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TimeSpan? duration)
    {
        duration = null;
        var parts = text?.Trim().Split(':');
        if (parts is null || parts.Length is 0 or > 3)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }

            if (i > 0 && (parts[i].Length != 2 || numbers[i] > 59))
            {
                return false;
            }
        }

        // In seconds as a long: "999999999:00:00" is too long for a TimeSpan and must be refused, not thrown on.
        var seconds = numbers.Length switch
        {
            1 => numbers[0] * 60L,
            2 => (numbers[0] * 60L) + numbers[1],
            _ => (numbers[0] * 3600L) + (numbers[1] * 60L) + numbers[2],
        };
        if (seconds <= 0 || seconds > (long)TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
