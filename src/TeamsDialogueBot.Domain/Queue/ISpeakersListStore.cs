namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Keeps one <see cref="SpeakersList"/> per agenda item and conversation, and the activity id of the
/// list's card. Saving is optimistic: it fails with <see cref="ConcurrencyConflictException"/> when someone
/// else saved the list since it was read, so no request for the floor is ever lost.
/// </summary>
public interface ISpeakersListStore
{
    Task<SpeakersList?> FindAsync(string conversationId, int itemIndex, CancellationToken cancellationToken);

    /// <param name="expectedVersion">The version the list had when read; 0 for a list never saved.</param>
    Task SaveAsync(SpeakersList list, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>The activity id of the card kept up to date for this list, if one was posted.</summary>
    Task<string?> FindCardAsync(string conversationId, int itemIndex, CancellationToken cancellationToken);

    /// <summary>Remembers the newest card of a saved list; the last one posted wins.</summary>
    Task SaveCardAsync(string conversationId, int itemIndex, string activityId, CancellationToken cancellationToken);
}
