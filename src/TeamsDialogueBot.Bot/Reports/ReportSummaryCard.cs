using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// The card `report` posts in the meeting chat: what the report covers and its counts. The download link is never on
/// it (the chat may include guests); it goes to the chair who asked, privately.
/// </summary>
public static class ReportSummaryCard
{
    public static AdaptiveCard Render(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var title = summary.ScopeItem is { } item ? $"Report — item {CardText.Plain(item.Number)}" : "Report — whole session";
        var generated = summary.GeneratedAt.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)
            + (summary.TimeZoneLabel is { Length: > 0 } zone ? " " + CardText.Plain(zone) : "");
        var subtitle = summary.ScopeItem is { } scoped
            ? CardText.Plain(scoped.Title)
            : string.Create(CultureInfo.InvariantCulture, $"{summary.Items} agenda {(summary.Items == 1 ? "item" : "items")} so far");
        var facts = new List<Fact>
        {
            new("Interventions", string.Create(CultureInfo.InvariantCulture, $"{summary.Total.Interventions} — room {summary.Room.Interventions} · remote {summary.Remote.Interventions}")),
            new("Speaking time", $"room {ClockText.Format(summary.Room.SpeakingTime)} · remote {ClockText.Format(summary.Remote.SpeakingTime)}"),
            new("Average wait", $"room {Wait(summary.Room)} · remote {Wait(summary.Remote)}"),
            new("First-time speakers", string.Create(CultureInfo.InvariantCulture, $"{summary.FirstTimeSpeakers.Interventions} of {summary.Total.Interventions} interventions")),
            new("Floor requests", string.Create(CultureInfo.InvariantCulture, $"{summary.Total.Requests}")
                + (summary.PhoneRequests > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {summary.PhoneRequests} from phones in the room") : "")),
            new("Polls", string.Create(CultureInfo.InvariantCulture, $"{summary.Polls} · {summary.PollAnswers:N0} {(summary.PollAnswers == 1 ? "answer" : "answers")}")),
        };
        if (summary.Questions > 0)
        {
            facts.Add(new("Panel questions", summary.Questions.ToString(CultureInfo.InvariantCulture)));
        }

        if (summary.Inputs > 0)
        {
            facts.Add(new("Inputs", summary.Inputs.ToString(CultureInfo.InvariantCulture)));
        }

        facts.Add(new("Chair actions", summary.ChairActions.ToString(CultureInfo.InvariantCulture)));
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(subtitle) { IsSubtle = true, Spacing = Spacing.None },
            new FactSet(facts),
            new TextBlock("The Chair's summary (DOCX), the tables (CSV) and the data (JSON) are ready. The co-chair who asked has the download link in a private chat; it works for 7 days, and `report revoke` withdraws every report link.")
            {
                IsSubtle = true,
                Size = TextSize.Small,
            },
            new TextBlock("Generated " + generated) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ])
        {
            FallbackText = string.Create(CultureInfo.InvariantCulture,
                $"{title}: {summary.Total.Interventions} interventions (room {summary.Room.Interventions}, remote {summary.Remote.Interventions}), {summary.Polls} polls."),
        };
    }

    private static string Wait(TeamsDialogueBot.Reports.Model.FigureRow row) => row.Interventions == 0 ? "–" : ClockText.Format(row.AverageWait);
}
