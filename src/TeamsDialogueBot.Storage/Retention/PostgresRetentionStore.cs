using System.Data;
using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Retention;

public sealed class PostgresRetentionStore(PostgresDatabase database) : IRetentionStore
{
    private const string ActivitySql = """
        WITH activity (conversation_id, at) AS (
            SELECT conversation_id, updated_at FROM dialogues
            UNION ALL SELECT conversation_id, processed_at FROM processed_activities
            UNION ALL SELECT conversation_id, updated_at FROM speakers_lists
            UNION ALL SELECT conversation_id, updated_at FROM participant_profiles
            UNION ALL SELECT conversation_id, confirmed_at FROM conversation_chairs
            UNION ALL SELECT conversation_id, updated_at FROM polls
            UNION ALL SELECT conversation_id, answered_at FROM poll_answers
            UNION ALL SELECT conversation_id, updated_at FROM question_boards
            UNION ALL SELECT conversation_id, updated_at FROM inputs
            UNION ALL SELECT conversation_id, updated_at FROM input_windows)
        """;

    // purged_at holds the last activity the purge covered, not the clock of the purging instance: a write stamped by
    // an instance whose clock lags (or in the purge's own instant) is then still newer than it and gets purged in turn.
    private const string EndedSql = ActivitySql + """
        SELECT a.conversation_id FROM activity a
        LEFT JOIN retention_purges r ON r.conversation_id = a.conversation_id
        GROUP BY a.conversation_id
        HAVING MAX(a.at) < @before AND (MAX(r.purged_at) IS NULL OR MAX(a.at) > MAX(r.purged_at))
        ORDER BY a.conversation_id
        """;

    private const string LastActivitySql = ActivitySql + "SELECT MAX(at) FROM activity WHERE conversation_id = @c";

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

    public async Task<bool> PurgeAsync(string conversationId, DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        try
        {
            return await PurgeCheckedAsync(conversationId, endedBefore, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected)
        {
            // Someone changed a row of this dialogue while it was being purged: it is alive again, and nothing was purged.
            return false;
        }
    }

    private async Task<bool> PurgeCheckedAsync(string conversationId, DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);

        // REPEATABLE READ: the purge acts on the snapshot whose last activity it checked. A row inserted after it is
        // not touched (and, being newer, is purged later); a row changed after it fails the purge instead of being lost.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        DateTimeOffset covered;
        await using (var last = new NpgsqlCommand(LastActivitySql, connection))
        {
            last.Parameters.AddWithValue("c", conversationId);
            if (await last.ExecuteScalarAsync(cancellationToken) is not DateTime at || new DateTimeOffset(at, TimeSpan.Zero) >= endedBefore)
            {
                return false;
            }

            covered = new DateTimeOffset(at, TimeSpan.Zero);
        }

        await ExecuteAsync(connection, conversationId, """
            DELETE FROM processed_activities WHERE conversation_id = @c;
            DELETE FROM participant_profiles WHERE conversation_id = @c;
            DELETE FROM conversation_chairs WHERE conversation_id = @c;
            DELETE FROM outbox WHERE conversation_id = @c;
            DELETE FROM display_tokens WHERE conversation_id = @c;
            DELETE FROM report_links WHERE conversation_id = @c;
            DELETE FROM floor_links WHERE conversation_id = @c;
            DELETE FROM meeting_presence WHERE conversation_id = @c;
            DELETE FROM item_attendance WHERE conversation_id = @c;
            """, cancellationToken);

        // FOR UPDATE and a new version: an instance saving what it read before the purge waits, then its version
        // guard fails and its retry reads the redacted list, instead of writing the names back.
        foreach (var (key, data) in await ReadAsync<int>(connection, conversationId, "SELECT item_index, data::text FROM speakers_lists WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var list = StorageJson.Read<SpeakersListSnapshot>(data);
            var redacted = Redaction.Redact(list) with { Version = list.Version + 1 };
            await ExecuteAsync(
                connection, conversationId,
                "UPDATE speakers_lists SET data = @data, version = @version WHERE conversation_id = @c AND item_index = @key AND panel = @panel", cancellationToken,
                ("data", StorageJson.Write(redacted)), ("version", redacted.Version), ("key", key), ("panel", list.Panel));
        }

        foreach (var (key, data) in await ReadAsync<string>(connection, conversationId, "SELECT poll_id, data::text FROM polls WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var poll = StorageJson.Read<PollSnapshot>(data);
            var redacted = Redaction.Redact(poll) with { Version = poll.Version + 1 };
            await ExecuteAsync(
                connection, conversationId, "UPDATE polls SET data = @data, version = @version WHERE conversation_id = @c AND poll_id = @key", cancellationToken,
                ("data", StorageJson.Write(redacted)), ("version", redacted.Version), ("key", key));
            if (!poll.Anonymous)
            {
                // A named poll's voter key is the voter's AAD object id; a random key keeps the answer, not the person.
                await ExecuteAsync(connection, conversationId, """
                    UPDATE poll_answers SET voter_key = 'redacted:' || replace(gen_random_uuid()::text, '-', '')
                    WHERE conversation_id = @c AND poll_id = @key AND voter_key NOT LIKE 'redacted:%'
                    """, cancellationToken, ("key", key));
            }
        }

        foreach (var (key, data) in await ReadAsync<int>(connection, conversationId, "SELECT item_index, data::text FROM question_boards WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var board = StorageJson.Read<QuestionBoardSnapshot>(data);
            var redacted = Redaction.Redact(board) with { Version = board.Version + 1 };
            await ExecuteAsync(
                connection, conversationId,
                "UPDATE question_boards SET data = @data, version = @version WHERE conversation_id = @c AND item_index = @key AND panel = @panel", cancellationToken,
                ("data", StorageJson.Write(redacted)), ("version", redacted.Version), ("key", key), ("panel", board.Panel));
        }

        foreach (var (key, data) in await ReadAsync<string>(connection, conversationId, "SELECT input_id, data::text FROM inputs WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var input = StorageJson.Read<InputSnapshot>(data);
            var redacted = Redaction.Redact(input) with { Version = input.Version + 1 };
            await ExecuteAsync(
                connection, conversationId, "UPDATE inputs SET data = @data, version = @version WHERE conversation_id = @c AND input_id = @key", cancellationToken,
                ("data", StorageJson.Write(redacted)), ("version", redacted.Version), ("key", key));
        }

        foreach (var (key, data) in await ReadAsync<int>(connection, conversationId, "SELECT item_index, data::text FROM input_windows WHERE conversation_id = @c FOR UPDATE", cancellationToken))
        {
            var window = StorageJson.Read<InputWindowSnapshot>(data);
            var redacted = Redaction.Redact(window) with { Version = window.Version + 1 };
            await ExecuteAsync(
                connection, conversationId, "UPDATE input_windows SET data = @data, version = @version WHERE conversation_id = @c AND item_index = @key", cancellationToken,
                ("data", StorageJson.Write(redacted)), ("version", redacted.Version), ("key", key));
        }

        await ExecuteAsync(connection, conversationId, """
            INSERT INTO retention_purges (conversation_id, purged_at) VALUES (@c, @covered)
            ON CONFLICT (conversation_id) DO UPDATE SET purged_at = excluded.purged_at
            """, cancellationToken, ("covered", covered));
        await transaction.CommitAsync(cancellationToken);
        return true;
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
