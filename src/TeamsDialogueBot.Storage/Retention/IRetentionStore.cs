namespace TeamsDialogueBot.Storage.Retention;

/// <summary>Finds dialogues that ended long enough ago and removes who took part in them, keeping the aggregates.</summary>
public interface IRetentionStore
{
    /// <summary>Conversations whose last activity is before <paramref name="endedBefore"/> and that changed since their last purge.</summary>
    Task<IReadOnlyList<string>> FindEndedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes profiles, co-chair MRIs, processed activity ids, the outbox (sent messages name people), the display
    /// and floor links, and the report links with their reports (which name speakers); replaces the names and ids on
    /// speakers' lists, the voter keys of named polls, the askers and upvoters of questions; keeps tallies, questions as
    /// anonymous text with their upvote counts, and speaking figures. Inputs keep their content but lose their
    /// author: key, MRI and name go, named attribution becomes organisation-only (or anonymous without an organisation),
    /// anonymous inputs drop the organisation they never showed, and the co-chairs' hide/show and close/open entries
    /// keep what and when, not who (<see cref="Redaction"/>). One transaction, and only if the
    /// conversation's last activity is still before <paramref name="endedBefore"/> inside it.
    /// </summary>
    /// <returns>False when the dialogue came back to life since it was found, and nothing was purged.</returns>
    Task<bool> PurgeAsync(string conversationId, DateTimeOffset endedBefore, CancellationToken cancellationToken);
}
