using System.Globalization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// What is printed beside a time of the report. The programme's label ("CEST") names one offset; a time at another
/// offset (a report made in winter time, a link expiring after the clock change a week later) says its offset instead.
/// </summary>
public static class ReportZoneLabel
{
    /// <summary>
    /// The label of <paramref name="at"/> (already in the venue's time zone): the report's own label when
    /// <paramref name="at"/> has the offset of the report's time, else "UTC±hh:mm"; null when the programme names no zone.
    /// </summary>
    public static string? At(ReportModel model, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.TimeZoneLabel is not { Length: > 0 } label ? null
            : at.Offset == model.GeneratedAt.Offset ? label
            : Offset(at.Offset);
    }

    /// <summary>"UTC+01:00", "UTC-03:30".</summary>
    public static string Offset(TimeSpan offset) =>
        string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}");
}
