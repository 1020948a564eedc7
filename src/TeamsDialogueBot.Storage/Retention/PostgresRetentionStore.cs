using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Retention;

public sealed class PostgresRetentionStore(PostgresDatabase database) : IRetentionStore
{
    private const string EndedSql = """
        WITH activity (conversation_id, at) AS (
            SELECT conversation_id, updated_at FROM dialogues
            UNION ALL SELECT conversation_id, processed_at FROM processed_activities
            UNION ALL SELECT conversation_id, updated_at FROM speakers_lists
            UNION ALL SELECT conversation_id, updated_at FROM participant_profiles
            UNION ALL SELECT conversation_id, confirmed_at FROM conversation_chairs
            UNION ALL SELECT conversation_id, updated_at FROM polls
            UNION ALL SELECT conversation_id, answered_at FROM poll_answers)
        SELECT a.conversation_id FROM activity a
        LEFT JOIN retention_purges r ON r.conversation_id = a.conversation_id
        GROUP BY a.conversation_id
        HAVING MAX(a.at) < @before AND (MAX(r.purged_at) IS NULL OR MAX(a.at) > MAX(r.purged_at))
        ORDER BY a.conversation_id
        """;

    public async Task<IReadOnlyList<string>> FindEndedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(EndedSql);
        command.Parameters.AddWithValue("before", endedBefore.ToUniversalTime());
        var ended = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ended.Add(reader.GetString(0));
        }

        return ended;
    }

    public async Task PurgeAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, conversationId, """
            DELETE FROM processed_activities WHERE conversation_id = @c;
            DELETE FROM participant_profiles WHERE conversation_id = @c;
            DELETE FROM conversation_chairs WHERE conversation_id = @c;
            """, cancellationToken);

        // FOR UPDATE: an instance saving the list meanwhile waits, then its version guard sees the purge's write.
        foreach (var (key, data) in await ReadAsync<int>(connection, conversationId, "SELECT item_index, data::text FROM speakers_lists WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var redacted = StorageJson.Write(Redaction.Redact(StorageJson.Read<SpeakersListSnapshot>(data)));
            await ExecuteAsync(connection, conversationId, "UPDATE speakers_lists SET data = @data WHERE conversation_id = @c AND item_index = @key", cancellationToken, ("data", redacted), ("key", key));
        }

        foreach (var (key, data) in await ReadAsync<string>(connection, conversationId, "SELECT poll_id, data::text FROM polls WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var poll = StorageJson.Read<PollSnapshot>(data);
            await ExecuteAsync(connection, conversationId, "UPDATE polls SET data = @data WHERE conversation_id = @c AND poll_id = @key", cancellationToken, ("data", StorageJson.Write(Redaction.Redact(poll))), ("key", key));
            if (!poll.Anonymous)
            {
                // A named poll's voter key is the voter's AAD object id; a random key keeps the answer, not the person.
                await ExecuteAsync(connection, conversationId, """
                    UPDATE poll_answers SET voter_key = 'redacted:' || replace(gen_random_uuid()::text, '-', '')
                    WHERE conversation_id = @c AND poll_id = @key AND voter_key NOT LIKE 'redacted:%'
                    """, cancellationToken, ("key", key));
            }
        }

        await ExecuteAsync(connection, conversationId, """
            INSERT INTO retention_purges (conversation_id, purged_at) VALUES (@c, @now)
            ON CONFLICT (conversation_id) DO UPDATE SET purged_at = excluded.purged_at
            """, cancellationToken, ("now", now.ToUniversalTime()));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<(T Key, string Data)>> ReadAsync<T>(NpgsqlConnection connection, string conversationId, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("c", conversationId);
        var rows = new List<(T, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetFieldValue<T>(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string conversationId, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("c", conversationId);
        foreach (var (name, value) in values)
        {
            if (name == "data")
            {
                command.Parameters.AddWithValue(name, NpgsqlDbType.Jsonb, value);
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
