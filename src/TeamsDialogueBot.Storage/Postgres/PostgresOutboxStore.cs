using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Outbox;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// The outbox and the card slots on PostgreSQL; marks are group-committed with the other writes. Instants are bound
/// in UTC: Npgsql refuses a DateTimeOffset with any other offset for timestamptz, and that refusal is not a database
/// error, so it would fail every write of the batch it travels in.
/// </summary>
public sealed class PostgresOutboxStore(PostgresDatabase database, PostgresWriteBatcher writes) : IOutboxStore
{
    private const string Columns = "id, conversation_id, kind, slot, payload, created_at, attempts, not_before";

    public Task AddAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return writes.ExecuteAsync(
            new PostgresWrite(
                [
                    new PostgresStatement(
                        "INSERT INTO outbox (conversation_id, kind, slot, payload, created_at) VALUES (@c, @kind, @slot, @payload, @at)",
                        x =>
                        {
                            x.AddWithValue("c", entry.ConversationId);
                            x.AddWithValue("kind", entry.Kind.ToString());
                            x.AddWithValue("slot", NpgsqlDbType.Text, (object?)entry.Slot ?? DBNull.Value);
                            x.AddWithValue("payload", entry.Payload);
                            x.AddWithValue("at", entry.CreatedAt.ToUniversalTime());
                        }),
                    PostgresChangeCommitter.Notify(entry.ConversationId),
                ],
                "conversation:" + entry.ConversationId),
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT {Columns} FROM outbox WHERE conversation_id = @c AND sent_at IS NULL AND dropped_at IS NULL ORDER BY id LIMIT @n");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                Enum.Parse<OutboxKind>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5))
            {
                Attempts = reader.GetInt32(6),
                NotBefore = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
            });
        }

        return entries;
    }

    public async Task<IReadOnlyList<string>> ConversationsWithPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT DISTINCT conversation_id FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL LIMIT @n");
        command.Parameters.AddWithValue("n", limit);
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

        var statements = new List<PostgresStatement>();
        if (posted is not null)
        {
            // The slot's card is the one this entry posted (the newest card of a slot is the one kept up to date).
            statements.Add(new(
                """
                INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, slot, @activity, @t FROM outbox WHERE id = @id AND slot IS NOT NULL
                ON CONFLICT (conversation_id, slot) DO UPDATE SET activity_id = excluded.activity_id, posted_at = excluded.posted_at
                """,
                x =>
                {
                    x.AddWithValue("activity", posted.ActivityId);
                    x.AddWithValue("t", at.ToUniversalTime());
                    x.AddWithValue("id", posted.EntryId);
                }));
        }

        statements.Add(new("UPDATE outbox SET sent_at = @t WHERE id = ANY(@ids)", x =>
        {
            x.AddWithValue("t", at.ToUniversalTime());
            x.AddWithValue("ids", ids.ToArray());
        }));
        return writes.ExecuteAsync(new PostgresWrite(statements), cancellationToken);
    }

    public Task MarkDroppedAsync(long id, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            new PostgresWrite(new PostgresStatement("UPDATE outbox SET dropped_at = @t, drop_reason = @r WHERE id = @id", x =>
            {
                x.AddWithValue("t", at.ToUniversalTime());
                x.AddWithValue("r", reason);
                x.AddWithValue("id", id);
            })),
            cancellationToken);

    public Task PostponeAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            new PostgresWrite(new PostgresStatement("UPDATE outbox SET attempts = attempts + 1, not_before = @t WHERE id = @id", x =>
            {
                x.AddWithValue("t", retryAt.ToUniversalTime());
                x.AddWithValue("id", id);
            })),
            cancellationToken);

    public async Task<string?> LastPayloadAsync(string conversationId, string slot, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT payload FROM outbox WHERE conversation_id = @c AND slot = @s ORDER BY id DESC LIMIT 1");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("s", slot);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<string?> FindCardAsync(string conversationId, string slot, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT activity_id FROM card_slots WHERE conversation_id = @c AND slot = @s");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("s", slot);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT sent_at FROM outbox WHERE conversation_id = @c AND sent_at >= @since ORDER BY sent_at");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("since", since.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sent = new List<DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sent.Add(reader.GetFieldValue<DateTimeOffset>(0));
        }

        return sent;
    }

    public async Task<OutboxDepth> DepthAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*)::int, min(created_at) FROM outbox WHERE sent_at IS NULL AND dropped_at IS NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt32(0);
        return new OutboxDepth(count, count == 0 || reader.IsDBNull(1) ? TimeSpan.Zero : now - reader.GetFieldValue<DateTimeOffset>(1));
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        writes.ExecuteAsync(
            new PostgresWrite(new PostgresStatement("DELETE FROM outbox WHERE sent_at < @before OR dropped_at < @before", x => x.AddWithValue("before", before.ToUniversalTime()))),
            cancellationToken);
}
