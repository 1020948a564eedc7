namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>
/// The durable outbox: entries are written in the same transaction as the decision that caused them (see
/// <see cref="Changes.IChangeCommitter"/>) and marked sent or dropped here, one by one, by the dispatcher.
/// Also where each card slot's posted activity id lives.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds an entry outside a turn (a card refresh after votes, which commit without one).</summary>
    Task AddAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>The conversation's unsent entries, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(string conversationId, int limit, CancellationToken cancellationToken);

    /// <summary>Conversations that have unsent entries (the dispatcher's sweep after a restart or another instance's crash).</summary>
    Task<IReadOnlyList<string>> ConversationsWithPendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks entries sent; for a card post, its new activity becomes the card of the entry's slot in the same write.</summary>
    Task MarkSentAsync(IReadOnlyList<long> ids, DateTimeOffset at, CardPosted? posted, CancellationToken cancellationToken);

    /// <summary>Gives an entry up for good (after its retry budget, or a refusal): it is never sent.</summary>
    Task MarkDroppedAsync(long id, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt and postpones the entry until <paramref name="retryAt"/>.</summary>
    Task PostponeAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// The payload of the newest entry kept for a card slot (sent ones are kept for <c>Outbox:KeepSent</c>), or null:
    /// where that card lives, for refreshing it outside a turn.
    /// </summary>
    Task<string?> LastPayloadAsync(string conversationId, string slot, CancellationToken cancellationToken);

    /// <summary>The activity id of the card posted for a slot, or null when none was posted yet.</summary>
    Task<string?> FindCardAsync(string conversationId, string slot, CancellationToken cancellationToken);

    /// <summary>When the conversation's entries sent since <paramref name="since"/> left (seeds the rate windows of a new owner).</summary>
    Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Unsent entries in all conversations and the age of the oldest (health and metrics).</summary>
    Task<OutboxDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets entries sent or dropped before <paramref name="before"/> (they only serve as recent rate history).</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
