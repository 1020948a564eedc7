using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Tests.Reports;

/// <summary>
/// A link lives a week: made in the last week of summer time, it expires in winter time. Its expiry is printed at the
/// venue's offset of that day, so it must not carry the summer label ("CEST") the report's own time carries.
/// </summary>
public sealed class ReportExpiryLabelTests
{
    private static readonly TimeZoneInfo Vienna = TimeZoneInfo.FindSystemTimeZoneById("Europe/Vienna");

    internal static ReportModel MadeInLastSummerWeek() => new()
    {
        Title = "Constructive Dialogue",
        Date = new DateOnly(2024, 7, 15),
        Language = "en",
        TimeZoneLabel = "CEST",
        GeneratedAt = new DateTimeOffset(2024, 10, 22, 10, 0, 0, TimeSpan.FromHours(2)),
    };

    [Fact]
    public void The_chairs_link_message_gives_an_expiry_after_the_clock_change_its_own_offset_not_the_summer_label()
    {
        var model = MadeInLastSummerWeek();
        var expires = TimeZoneInfo.ConvertTime(model.GeneratedAt + ReportLinks.Lifetime, Vienna);

        var text = ReportReplies.Link(new Uri("https://bot.example/report/t"), model, expires);

        Assert.Contains("10:00 CEST", text, StringComparison.Ordinal);
        Assert.Contains("29 October 2024, 09:00 UTC+01:00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00 CEST", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expiry_at_the_reports_own_offset_keeps_the_programmes_label()
    {
        var model = MadeInLastSummerWeek() with { GeneratedAt = new DateTimeOffset(2024, 7, 15, 10, 0, 0, TimeSpan.FromHours(2)) };
        var expires = TimeZoneInfo.ConvertTime(model.GeneratedAt + ReportLinks.Lifetime, Vienna);

        Assert.Contains("22 July 2024, 10:00 CEST", ReportReplies.Link(new Uri("https://bot.example/report/t"), model, expires), StringComparison.Ordinal);
    }
}
