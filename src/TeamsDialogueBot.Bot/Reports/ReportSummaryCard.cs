using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// The card `report` posts in the meeting chat: what the report covers and its counts. The download link is never on
/// it (the chat may include guests); it goes to the chair who asked, privately.
/// </summary>
public static class ReportSummaryCard
{
    /// <param name="texts">The chat's language: the card is posted in the meeting chat.</param>
    public static AdaptiveCard Render(ReportSummary summary, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        texts ??= Texts.English;
        var title = summary.ScopeItem is { } item ? texts.Format("ReportCard.TitleItem", CardText.Plain(item.Number)) : texts["ReportCard.TitleSession"];
        var dateCulture = texts.Language == Domain.Languages.UnLanguages.English ? CultureInfo.InvariantCulture : texts.Culture;
        var generated = summary.GeneratedAt.ToString(texts["ReportCard.DateTimeFormat"], dateCulture)
            + (summary.TimeZoneLabel is { Length: > 0 } zone ? " " + CardText.Plain(zone) : "");
        var subtitle = summary.ScopeItem is { } scoped
            ? CardText.Plain(scoped.Title)
            : texts.Plural("ReportCard.ItemsSoFar", summary.Items);
        var facts = new List<Fact>
        {
            new(texts["ReportCard.Interventions"], texts.Format("ReportCard.InterventionsValue", texts.Number(summary.Total.Interventions), texts.Number(summary.Room.Interventions), texts.Number(summary.Remote.Interventions))),
            new(texts["ReportCard.SpeakingTime"], texts.Format("ReportCard.ByChannel", ClockText.Format(summary.Room.SpeakingTime), ClockText.Format(summary.Remote.SpeakingTime))),
            new(texts["ReportCard.AverageWait"], texts.Format("ReportCard.ByChannel", Wait(summary.Room), Wait(summary.Remote))),
            new(texts["ReportCard.FirstTime"], texts.Format("ReportCard.FirstTimeValue", texts.Number(summary.FirstTimeSpeakers.Interventions), texts.Number(summary.Total.Interventions))),
            new(texts["ReportCard.Requests"], summary.PhoneRequests > 0
                ? texts.Format("ReportCard.FromPhones", texts.Number(summary.Total.Requests), texts.Number(summary.PhoneRequests))
                : texts.Number(summary.Total.Requests)),
            new(texts["ReportCard.Polls"], texts.Plural("ReportCard.PollsValue", summary.PollAnswers, texts.Number(summary.Polls))),
        };
        if (summary.Questions > 0)
        {
            facts.Add(new(texts["ReportCard.Questions"], texts.Number(summary.Questions)));
        }

        if (summary.Inputs > 0)
        {
            facts.Add(new(texts["ReportCard.Inputs"], texts.Number(summary.Inputs)));
        }

        facts.Add(new(texts["ReportCard.ChairActions"], texts.Number(summary.ChairActions)));
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(subtitle) { IsSubtle = true, Spacing = Spacing.None },
            new FactSet(facts),
            new TextBlock(texts["ReportCard.Ready"])
            {
                IsSubtle = true,
                Size = TextSize.Small,
            },
            new TextBlock(texts.Format("ReportCard.Generated", generated)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ])
        {
            FallbackText = texts.Format(
                "ReportCard.Fallback", title, texts.Number(summary.Total.Interventions), texts.Number(summary.Room.Interventions), texts.Number(summary.Remote.Interventions), texts.Number(summary.Polls)),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    private static string Wait(TeamsDialogueBot.Reports.Model.FigureRow row) => row.Interventions == 0 ? "–" : ClockText.Format(row.AverageWait);
}
