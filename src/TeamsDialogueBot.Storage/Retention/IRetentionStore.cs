namespace TeamsDialogueBot.Storage.Retention;

/// <summary>Finds dialogues that ended long enough ago and removes who took part in them, keeping the aggregates.</summary>
public interface IRetentionStore
{
    /// <summary>Conversations whose last activity is before <paramref name="endedBefore"/> and that changed since their last purge.</summary>
    Task<IReadOnlyList<string>> FindEndedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes profiles, co-chair MRIs and processed activity ids; replaces the names and ids on speakers' lists and
    /// the voter keys of named polls; keeps tallies and speaking figures. One transaction.
    /// </summary>
    Task PurgeAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken);
}
