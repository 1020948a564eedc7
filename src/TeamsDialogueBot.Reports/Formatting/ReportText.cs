using System.Globalization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Formatting;

/// <summary>How the writers turn the model's values into text, the same way in every format.</summary>
internal static class ReportText
{
    // Languages written right to left (ISO 639 codes); CultureInfo would tell us too, but only where ICU
    // has the culture, and a container without ICU data must not turn an Arabic report left to right.
    private static readonly HashSet<string> s_rightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi",
    };

    public static CultureInfo Culture(string language)
    {
        try
        {
            return string.IsNullOrWhiteSpace(language) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    public static bool IsRightToLeft(string language)
    {
        var primary = language.Split('-', '_')[0];
        return s_rightToLeft.Contains(primary);
    }

    /// <summary>True when the text holds a letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).</summary>
    public static bool HasRightToLeftText(string text)
    {
        foreach (var c in text)
        {
            // Letters only: Arabic-Indic digits and the Arabic percent sign are weak, not right-to-left.
            if (char.IsLetter(c) && IsRightToLeftChar(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRightToLeftChar(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>True when the text holds a letter written left to right (Latin, Cyrillic, Chinese…).</summary>
    public static bool HasLeftToRightText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !IsRightToLeftChar(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3:05", or "1:02:05" from an hour on; a duration reads the same in every language.</summary>
    public static string Clock(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        var totalHours = (int)duration.TotalHours;
        return totalHours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{totalHours}:{duration.Minutes:00}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes}:{duration.Seconds:00}");
    }

    public static long Seconds(TimeSpan duration) => (long)Math.Round(Math.Max(0, duration.TotalSeconds));

    public static string Time(DateTimeOffset at, CultureInfo culture) => at.ToString("HH:mm", culture);

    /// <summary>The machine-friendly time of the CSV files: sortable, and read as a date by spreadsheets.</summary>
    public static string CsvTime(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <param name="percent">0–100.</param>
    public static string Percent(double percent, CultureInfo culture) =>
        double.IsFinite(percent) ? (percent / 100).ToString("P1", culture) : "–";

    public static string Number(double value, CultureInfo culture) =>
        double.IsFinite(value) ? value.ToString("0.##", culture) : "–";

    public static string Format(CultureInfo culture, string format, params object?[] args) => string.Format(culture, format, args);

    /// <summary>"III" for an item's own floor, "III.2" for its second panel, as chairs say it (<c>goto III.2</c>).</summary>
    public static string PartReference(ReportItem item, ReportPart part) =>
        part.Panel is { } panel ? string.Create(CultureInfo.InvariantCulture, $"{item.Number}.{panel}") : item.Number;

    public static string GuidingQuestion(ReportLabels labels, int number) =>
        string.Format(CultureInfo.InvariantCulture, labels.GuidingQuestionFormat, number);

    public static string Channel(ReportLabels labels, ReportChannel channel, bool fromPhone)
    {
        var name = channel == ReportChannel.Room ? labels.Room : labels.Remote;
        return fromPhone ? string.Format(CultureInfo.InvariantCulture, labels.FromPhoneFormat, name) : name;
    }

    public static string PollKind(ReportLabels labels, ReportPollKind kind) => kind switch
    {
        ReportPollKind.SingleChoice => labels.SingleChoice,
        ReportPollKind.MultipleChoice => labels.MultipleChoice,
        ReportPollKind.Rating => labels.Rating,
        ReportPollKind.OpenText => labels.OpenText,
        ReportPollKind.Ranking => labels.Ranking,
        _ => kind.ToString(),
    };

    public static string PollState(ReportLabels labels, ReportPollState state) =>
        state == ReportPollState.Open ? labels.PollOpen : labels.PollClosed;

    public static string YesNo(ReportLabels labels, bool value) => value ? labels.Yes : labels.No;

    /// <summary>The share of a part in a total, 0–100; zero when the total is.</summary>
    public static double Share(TimeSpan part, TimeSpan total) =>
        total > TimeSpan.Zero ? 100.0 * part.Ticks / total.Ticks : 0;

    /// <summary>The text of every guiding question of the programme, by number.</summary>
    public static Dictionary<int, string> GuidingQuestionTexts(ReportModel model)
    {
        var texts = new Dictionary<int, string>();
        foreach (var question in model.Programme.SelectMany(i => i.StandingItems).SelectMany(s => s.GuidingQuestions))
        {
            texts.TryAdd(question.Number, question.Text);
        }

        return texts;
    }
}
