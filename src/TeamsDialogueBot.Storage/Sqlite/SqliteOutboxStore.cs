using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Outbox;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>The outbox and the card slots on SQLite. Marks go through the group-committing writer like every other write.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, SqliteWriteBatcher writes) : IOutboxStore
{
    private const string Columns = "id, conversation_id, kind, slot, payload, created_at, attempts, not_before";

    public Task AddAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.ExecuteAsync(
            (command, ct) => SqliteStatement.ExecuteAsync(
                command,
                "INSERT INTO outbox (conversation_id, kind, slot, payload, created_at) VALUES ($c, $kind, $slot, $payload, $at)",
                ct,
                ("$c", entry.ConversationId),
                ("$kind", entry.Kind.ToString()),
                ("$slot", entry.Slot),
                ("$payload", entry.Payload),
                ("$at", StorageTime.Text(entry.CreatedAt))),
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM outbox WHERE conversation_id = $c AND sent_at IS NULL AND dropped_at IS NULL ORDER BY id LIMIT $n";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT conversation_id FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL LIMIT $n";
        command.Parameters.AddWithValue("$n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Task MarkSentAsync(IReadOnlyList<long> ids, DateTimeOffset at, CardPosted? posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var sentAt = StorageTime.Text(at);
        return writes.ExecuteAsync(
            async (command, ct) =>
            {
                if (posted is not null)
                {
                    // The slot's card is the one this entry posted (the newest card of a slot is the one kept up to date).
                    await SqliteStatement.ExecuteAsync(
                        command,
                        """
                        INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                        SELECT conversation_id, slot, $activity, $t FROM outbox WHERE id = $id AND slot IS NOT NULL
                        ON CONFLICT (conversation_id, slot) DO UPDATE SET activity_id = excluded.activity_id, posted_at = excluded.posted_at
                        """,
                        ct,
                        ("$activity", posted.ActivityId),
                        ("$t", sentAt),
                        ("$id", posted.EntryId));
                }

                var marked = 0;
                foreach (var id in ids)
                {
                    marked += await SqliteStatement.ExecuteAsync(command, "UPDATE outbox SET sent_at = $t WHERE id = $id", ct, ("$t", sentAt), ("$id", id));
                }

                return marked;
            },
            cancellationToken);
    }

    public Task MarkDroppedAsync(long id, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            (command, ct) => SqliteStatement.ExecuteAsync(
                command, "UPDATE outbox SET dropped_at = $t, drop_reason = $r WHERE id = $id", ct, ("$t", StorageTime.Text(at)), ("$r", reason), ("$id", id)),
            cancellationToken);

    public Task PostponeAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            (command, ct) => SqliteStatement.ExecuteAsync(
                command, "UPDATE outbox SET attempts = attempts + 1, not_before = $t WHERE id = $id", ct, ("$t", StorageTime.Text(retryAt)), ("$id", id)),
            cancellationToken);

    public async Task<string?> LastPayloadAsync(string conversationId, string slot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM outbox WHERE conversation_id = $c AND slot = $s ORDER BY id DESC LIMIT 1";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$s", slot);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<string?> FindCardAsync(string conversationId, string slot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT activity_id FROM card_slots WHERE conversation_id = $c AND slot = $s";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$s", slot);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sent_at FROM outbox WHERE conversation_id = $c AND sent_at >= $since ORDER BY sent_at";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$since", StorageTime.Text(since));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sent = new List<DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sent.Add(StorageTime.Parse(reader.GetString(0)));
        }

        return sent;
    }

    public async Task<OutboxDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt32(0);
        return new OutboxDepth(count, count == 0 || reader.IsDBNull(1) ? TimeSpan.Zero : now - StorageTime.Parse(reader.GetString(1)));
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            (command, ct) => SqliteStatement.ExecuteAsync(
                command, "DELETE FROM outbox WHERE sent_at < $before OR dropped_at < $before", ct, ("$before", StorageTime.Text(before))),
            cancellationToken);

    private static OutboxEntry Read(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetString(1),
            Enum.Parse<OutboxKind>(reader.GetString(2)),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            StorageTime.Parse(reader.GetString(5)))
        {
            Attempts = reader.GetInt32(6),
            NotBefore = reader.IsDBNull(7) ? null : StorageTime.Parse(reader.GetString(7)),
        };
}
