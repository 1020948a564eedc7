namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>
/// Which instance sends a conversation's outbox. Teams' rate limits are per conversation, so with several
/// instances exactly one of them sends for a conversation at a time: the holder of its lease. A new holder
/// learns the conversation's recent sends from the outbox itself (<see cref="IOutboxStore.SentSinceAsync"/>).
/// </summary>
public interface IOutboxLeases
{
    /// <summary>Takes the lease when it is free, expired or already <paramref name="owner"/>'s; true when held now.</summary>
    Task<bool> TryAcquireAsync(string conversationId, string owner, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Extends the leases <paramref name="owner"/> still holds; returns those it no longer holds.</summary>
    Task<IReadOnlyList<string>> RenewAsync(string owner, IReadOnlyCollection<string> conversationIds, TimeSpan ttl, CancellationToken cancellationToken);

    Task ReleaseAsync(string owner, string conversationId, CancellationToken cancellationToken);
}
