using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>
/// Reads the online roster of a meeting, as Teams' participant join/leave events left it. Changes are staged writes
/// (<see cref="Changes.StagedWrite.RosterChange"/> and friends), one small row per participant and event, never a
/// versioned aggregate: a burst of hundreds of joins can't conflict with itself.
/// </summary>
public interface IMeetingRosterStore
{
    Task<int> CountOnlineAsync(string conversationId, CancellationToken cancellationToken);

    Task<RosterFigures> FiguresAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Who was online while the item was current, or during the whole dialogue when <paramref name="itemIndex"/> is null.</summary>
    Task<IReadOnlySet<ParticipantId>> AttendeesAsync(string conversationId, int? itemIndex, CancellationToken cancellationToken);

    /// <summary>The participant id a Teams MRI was last seen with in the roster (join events carry both), or null.</summary>
    Task<ParticipantId?> FindByMriAsync(string conversationId, string mri, CancellationToken cancellationToken);
}
