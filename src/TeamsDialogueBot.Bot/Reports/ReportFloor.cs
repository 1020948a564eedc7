using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>A speakers' list (an item's or a panel's) as the report shows it: who had the floor, in order, and what the chairs did to it.</summary>
public static class ReportFloor
{
    /// <summary>Fills the part from its list: interventions in floor order, the figures and the chair actions.</summary>
    /// <param name="firstTime">Every entry of the dialogue by a first-time speaker (see <see cref="ReportFigures.FirstTimeEntries"/>).</param>
    public static void Fill(ReportPartDraft part, SpeakersList list, IReadOnlySet<(AgendaPosition List, int Number)> firstTime, ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(firstTime);
        ArgumentNullException.ThrowIfNull(draft);
        var now = draft.Session.Now;
        part.List = list;
        var turn = 0;
        foreach (var entry in list.Entries.Where(e => e.Turn is not null && e.StartedAt is not null).OrderBy(e => e.Turn))
        {
            var started = entry.StartedAt!.Value;
            part.Interventions.Add(new ReportIntervention
            {
                Turn = ++turn,
                Speaker = entry.Speaker.Name,
                Organisation = entry.Speaker.Organisation,
                StakeholderGroup = StakeholderGroups.TryNormalise(entry.Speaker.Group, list.Groups, out var group) ? group : entry.Speaker.Group,
                Channel = entry.Speaker.Channel == SpeakerChannel.Room ? ReportChannel.Room : ReportChannel.Remote,
                RequestedAt = draft.Local(entry.RequestedAt),
                StartedAt = draft.Local(started),
                EndedAt = entry.EndedAt is { } ended ? draft.Local(ended) : null,
                SpeakingTime = (entry.EndedAt ?? now) - started,
                WaitingTime = started - entry.RequestedAt,
                Topic = entry.Topic,
                GuidingQuestion = entry.GuidingQuestion,
            });
        }

        var firstTimeHere = firstTime.Where(f => f.List == list.Position).Select(f => f.Number).ToHashSet();
        part.Figures = ReportFigures.Of(list, firstTimeHere, now);

        // The bot's own changes (a list opening as its item becomes current) are no chair's action.
        foreach (var audit in list.Audit.Where(a => a.ActorId != Actor.System.Id))
        {
            part.ChairActions.Add(new ReportChairAction(draft.Local(audit.At), audit.ActorName, audit.Action, audit.Detail));
        }
    }
}
