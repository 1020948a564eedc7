using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// "online now N · spoke so far M" under a speakers' list: how many attend through Teams right now, and how many Teams
/// participants took the floor on the item. Counts only: the roster's names never go on a shared card.
/// </summary>
public sealed record OnlineLine(int OnlineNow, int SpokeSoFar)
{
    /// <summary>The line for a list, or null when the meeting never reported its roster (no participant events).</summary>
    public static OnlineLine? For(SpeakersList? list, RosterFigures? roster) =>
        roster is null || (roster.OnlineNow == 0 && roster.SessionAttendees == 0) ? null : new(roster.OnlineNow, CountSpeakers(list));

    /// <summary>
    /// Distinct Teams participants who had the floor on the item: not typed room names, and not people in the room who
    /// asked from their phones (issue 18) either — "online now" counts the Teams roster, so they are no part of it.
    /// </summary>
    public static int CountSpeakers(SpeakersList? list) =>
        list is null ? 0 : list.Entries.Where(e => e.StartedAt is not null && !e.Speaker.Id.IsTypedName && !e.Speaker.Id.IsPhone)
            .Select(e => e.Speaker.Id).Distinct().Count();
}
