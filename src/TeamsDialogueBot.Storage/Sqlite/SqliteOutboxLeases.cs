using TeamsDialogueBot.Domain.Outbox;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// One process owns an SQLite file, so it holds every conversation's outbox lease and hears every change itself:
/// nothing to store or listen to. (Several instances need PostgreSQL, whose leases are rows.)
/// </summary>
public sealed class SqliteOutboxLeases : IOutboxLeases, IOutboxSignal
{
    public Task<bool> TryAcquireAsync(string conversationId, string owner, TimeSpan ttl, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IReadOnlyList<string>> RenewAsync(string owner, IReadOnlyCollection<string> conversationIds, TimeSpan ttl, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task ReleaseAsync(string owner, string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ListenAsync(Action<string> signalled, CancellationToken cancellationToken) => Task.CompletedTask;
}
