using Npgsql;
using TeamsDialogueBot.Domain.Outbox;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Outbox leases as rows; expiry is the database's clock (now()), so instances with drifting clocks still agree.
/// Listening on the outbox channel lets the holder hear other instances' new entries at once.
/// </summary>
public sealed class PostgresOutboxLeases(PostgresDatabase database) : IOutboxLeases, IOutboxSignal
{
    private static readonly TimeSpan ProbeAfterQuiet = TimeSpan.FromSeconds(30);

    public async Task<bool> TryAcquireAsync(string conversationId, string owner, TimeSpan ttl, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO outbox_leases (conversation_id, owner, expires_at) VALUES (@c, @o, now() + @ttl)
            ON CONFLICT (conversation_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE outbox_leases.owner = excluded.owner OR outbox_leases.expires_at < now()
            RETURNING 1
            """);
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("o", owner);
        command.Parameters.AddWithValue("ttl", ttl);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<string>> RenewAsync(string owner, IReadOnlyCollection<string> conversationIds, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        if (conversationIds.Count == 0)
        {
            return [];
        }

        await using var command = database.DataSource.CreateCommand(
            "UPDATE outbox_leases SET expires_at = now() + @ttl WHERE owner = @o AND conversation_id = ANY(@ids) RETURNING conversation_id");
        command.Parameters.AddWithValue("o", owner);
        command.Parameters.AddWithValue("ttl", ttl);
        command.Parameters.AddWithValue("ids", conversationIds.ToArray());
        var kept = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            kept.Add(reader.GetString(0));
        }

        return [.. conversationIds.Where(id => !kept.Contains(id))];
    }

    public async Task ReleaseAsync(string owner, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM outbox_leases WHERE owner = @o AND conversation_id = @c");
        command.Parameters.AddWithValue("o", owner);
        command.Parameters.AddWithValue("c", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ListenAsync(Action<string> signalled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signalled);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, e) => signalled(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresChangeCommitter.OutboxChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            // A connection dropped without a word (a proxy closing idle connections) would leave WaitAsync waiting for
            // ever: after a quiet spell a trivial query finds out, and its failure ends the listen (the dispatcher
            // listens again).
            if (!await connection.WaitAsync(ProbeAfterQuiet, cancellationToken))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(cancellationToken);
            }
        }
    }
}
