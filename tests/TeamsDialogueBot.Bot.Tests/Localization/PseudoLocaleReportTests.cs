using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The report's summary card and the chair's replies in the pseudo-locale: nothing hard-coded is left.</summary>
public sealed class PseudoLocaleReportTests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");

    [Fact]
    public void The_summary_card_has_no_hard_coded_text()
    {
        foreach (var scope in new (string, string)?[] { null, ("III", "Spotlight") })
        {
            var summary = new ReportSummary(
                scope, 5, new FigureRow(3, 2, TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(1)), new FigureRow(4, 3, TimeSpan.FromMinutes(8), TimeSpan.Zero),
                new FigureRow(7, 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(1)), new FigureRow(4, 4, TimeSpan.FromMinutes(9), TimeSpan.Zero),
                2, 3, 40, 5, 6, 7, new DateTimeOffset(2024, 7, 15, 17, 55, 0, TimeSpan.FromHours(2)), "CEST");

            var hardCoded = VisibleTexts.HardCoded(ReportSummaryCard.Render(summary, Pseudo), ["III", "Spotlight", "CEST", "July"]);

            Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
        }
    }

    [Fact]
    public void Every_reply_comes_from_the_resources()
    {
        Assert.StartsWith("⟦", ReportReplies.NoPrivateChat(Pseudo), StringComparison.Ordinal);
        Assert.StartsWith("⟦", ReportReplies.UnknownItem("V", Pseudo), StringComparison.Ordinal);
        Assert.All(new[] { 0, 1, 2, 5 }, n => Assert.StartsWith("⟦", ReportReplies.Revoked(n, Pseudo), StringComparison.Ordinal));
    }
}
