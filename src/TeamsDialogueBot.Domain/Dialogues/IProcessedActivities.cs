namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// Which activities were already applied. Teams may deliver an activity twice (a retry after a slow
/// answer); the second delivery is acknowledged without being applied again.
/// </summary>
public interface IProcessedActivities
{
    Task<bool> WasProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Recorded after the turn succeeded, so a crash mid-turn lets Teams' retry apply it.</summary>
    Task RecordAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
