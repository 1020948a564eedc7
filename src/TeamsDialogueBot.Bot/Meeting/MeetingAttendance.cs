using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>For the report: the online attendance of an item (or the session) and the share of it that took the floor.</summary>
public sealed class MeetingAttendance(IMeetingRosterStore roster)
{
    /// <summary>
    /// Null when the meeting never reported its roster (no participant events: the report leaves the figure out).
    /// <paramref name="lists"/> are the speakers' lists the report covers (one item's, or all of the session's).
    /// </summary>
    public async Task<AttendanceFigures?> ForAsync(string conversationId, int? itemIndex, IEnumerable<SpeakersList> lists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var attendees = await roster.AttendeesAsync(conversationId, itemIndex, cancellationToken);
        if (attendees.Count == 0)
        {
            return null;
        }

        var spoke = lists.SelectMany(l => l.Entries).Where(e => e.StartedAt is not null).Select(e => e.Speaker.Id).ToHashSet();
        return new AttendanceFigures(attendees.Count, attendees.Count(spoke.Contains));
    }
}
