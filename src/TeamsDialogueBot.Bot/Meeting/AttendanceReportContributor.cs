using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Adds online attendance to the report's equal-footing figures: per item (on the item's first part with figures: a
/// panel counts for its item, as the roster does) and for the whole session. Nothing when Teams sent no participant
/// events: the report then leaves the figure out rather than print a zero.
/// </summary>
public sealed class AttendanceReportContributor(MeetingAttendance attendance) : IReportContributor
{
    public async Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(scope);
        var perItem = new Dictionary<int, AttendanceFigures>();
        foreach (var item in draft.Items)
        {
            var lists = draft.Parts.Where(p => p.ItemIndex == item && p.List is not null).Select(p => p.List!);
            if (await attendance.ForAsync(draft.ConversationId, item, lists, cancellationToken) is { } figures)
            {
                perItem[item] = figures;
            }
        }

        var session = scope.IsSession
            ? await attendance.ForAsync(draft.ConversationId, null, draft.Parts.Where(p => p.List is not null).Select(p => p.List!), cancellationToken)
            : null;

        foreach (var (item, figures) in perItem)
        {
            if (draft.Parts.FirstOrDefault(p => p.ItemIndex == item && p.Figures is not null) is { } part)
            {
                part.Figures = part.Figures! with { Online = new OnlineAttendance(figures.Attendees, figures.TookTheFloor) };
            }
        }

        if (session is not null)
        {
            draft.SessionOnline = new OnlineAttendance(session.Attendees, session.TookTheFloor);
        }
    }
}
