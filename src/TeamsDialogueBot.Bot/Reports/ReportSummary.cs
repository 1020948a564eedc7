using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// What the meeting chat is told about a report: counts only. No name, organisation or text of anyone is in here, so
/// the summary card shows nothing the speakers' list card has not shown already.
/// </summary>
/// <param name="ScopeItem">The item's number and title for a one-item report; null for the whole session.</param>
/// <param name="Items">How many items the report covers.</param>
public sealed record ReportSummary(
    (string Number, string Title)? ScopeItem,
    int Items,
    FigureRow Room,
    FigureRow Remote,
    FigureRow Total,
    FigureRow FirstTimeSpeakers,
    int PhoneRequests,
    int Polls,
    int PollAnswers,
    int Questions,
    int Inputs,
    int ChairActions,
    DateTimeOffset GeneratedAt,
    string? TimeZoneLabel)
{
    public static ReportSummary Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parts = model.Items.SelectMany(i => i.Parts).ToList();
        var figures = model.SessionFigures
            ?? ReportFigures.Merge([.. parts.Select(p => p.Figures).OfType<EqualFootingFigures>()], [], online: null);
        var item = model.Scope == ReportScope.Item && model.Items.Count == 1 ? (model.Items[0].Number, model.Items[0].Title) : ((string, string)?)null;
        return new ReportSummary(
            item,
            model.Items.Count,
            figures.Room,
            figures.Remote,
            figures.Total,
            figures.FirstTimeSpeakers,
            figures.PhoneRequests,
            parts.Sum(p => p.Polls.Count),
            parts.Sum(p => p.Polls.Sum(poll => poll.Voters)),
            parts.Sum(p => p.Questions.Count),
            parts.Sum(p => p.Inputs.Count),
            parts.Sum(p => p.ChairActions.Count),
            model.GeneratedAt,
            model.TimeZoneLabel);
    }
}
