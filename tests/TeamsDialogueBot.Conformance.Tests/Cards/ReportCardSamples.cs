using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The summary `report` posts in the meeting chat: of the whole session with every count a report can have (phone
/// requests, questions, inputs), of one item, and of a session where nobody has spoken yet.
/// </summary>
public sealed class ReportCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Generated = new(2024, 7, 15, 17, 55, 0, TimeSpan.FromHours(2));

    public IEnumerable<CardSample> Samples =>
    [
        new("report-summary-session", ReportSummaryCard.Render(new ReportSummary(
            ScopeItem: null,
            Items: 5,
            Room: new FigureRow(31, 27, TimeSpan.FromMinutes(71), TimeSpan.FromSeconds(152)),
            Remote: new FigureRow(38, 33, TimeSpan.FromMinutes(88), TimeSpan.FromSeconds(205)),
            Total: new FigureRow(69, 60, TimeSpan.FromMinutes(159), TimeSpan.FromSeconds(181)),
            FirstTimeSpeakers: new FigureRow(44, 41, TimeSpan.FromMinutes(110), TimeSpan.FromSeconds(170)),
            PhoneRequests: 12,
            Polls: 13,
            PollAnswers: 6_500,
            Questions: 100,
            Inputs: 200,
            ChairActions: 184,
            Generated,
            "CEST"))),
        new("report-summary-item", ReportSummaryCard.Render(new ReportSummary(
            ScopeItem: ("III", "Spotlight on the review mechanism: panels and tour-de-table of non-governmental stakeholders"),
            Items: 1,
            Room: new FigureRow(12, 10, TimeSpan.FromMinutes(29), TimeSpan.FromSeconds(95)),
            Remote: new FigureRow(15, 14, TimeSpan.FromMinutes(40), TimeSpan.FromSeconds(130)),
            Total: new FigureRow(27, 24, TimeSpan.FromMinutes(69), TimeSpan.FromSeconds(115)),
            FirstTimeSpeakers: new FigureRow(20, 18, TimeSpan.FromMinutes(50), TimeSpan.FromSeconds(110)),
            PhoneRequests: 0,
            Polls: 4,
            PollAnswers: 1,
            Questions: 0,
            Inputs: 0,
            ChairActions: 51,
            Generated,
            "CEST"))),
        new("report-summary-empty", ReportSummaryCard.Render(new ReportSummary(
            ScopeItem: null,
            Items: 1,
            Room: new FigureRow(0, 0, TimeSpan.Zero, TimeSpan.Zero),
            Remote: new FigureRow(0, 0, TimeSpan.Zero, TimeSpan.Zero),
            Total: new FigureRow(0, 0, TimeSpan.Zero, TimeSpan.Zero),
            FirstTimeSpeakers: new FigureRow(0, 0, TimeSpan.Zero, TimeSpan.Zero),
            PhoneRequests: 0,
            Polls: 0,
            PollAnswers: 0,
            Questions: 0,
            Inputs: 0,
            ChairActions: 0,
            Generated,
            TimeZoneLabel: null))),
    ];
}
