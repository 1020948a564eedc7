using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Host.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Host.Tests.Reports;

/// <summary>The download page's "works until …" for a link made in the last week of summer time: the winter offset, not "CEST".</summary>
public sealed class ReportPageExpiryTests
{
    [Fact]
    public void The_page_gives_an_expiry_after_the_clock_change_its_own_offset_not_the_summer_label()
    {
        var vienna = TimeZoneInfo.FindSystemTimeZoneById("Europe/Vienna");
        var model = new ReportModel
        {
            Title = "Constructive Dialogue",
            Date = new DateOnly(2024, 7, 15),
            Language = "en",
            TimeZoneLabel = "CEST",
            GeneratedAt = new DateTimeOffset(2024, 10, 22, 10, 0, 0, TimeSpan.FromHours(2)),
        };
        var created = model.GeneratedAt.ToUniversalTime();
        var link = new ReportLink("hash", "19:meeting@thread.v2", null, created, created + ReportLinks.Lifetime);

        var page = System.Net.WebUtility.HtmlDecode(ReportPage.Render("t/", new ReportDownload(link, model, []), vienna, created, Texts.English));

        Assert.Contains("22 October 2024, 10:00 CEST", page, StringComparison.Ordinal);
        Assert.Contains("29 October 2024, 09:00 UTC+01:00", page, StringComparison.Ordinal);
        Assert.DoesNotContain("09:00 CEST", page, StringComparison.Ordinal);
    }
}
