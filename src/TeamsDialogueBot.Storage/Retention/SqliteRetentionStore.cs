using System.Globalization;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Retention;

public sealed class SqliteRetentionStore(SqliteDatabase database) : IRetentionStore
{
    // julianday() reads both timestamp spellings the stores write ("…+00:00" and "…Z").
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
        HAVING MAX(julianday(a.at)) < julianday($before)
           AND (MAX(r.purged_at) IS NULL OR MAX(julianday(a.at)) > julianday(MAX(r.purged_at)))
        ORDER BY a.conversation_id
        """;

    // The stored text itself, not julianday's rounding of it, so purged_at compares equal to the activity it covered.
    private const string LastActivitySql = ActivitySql + """
        SELECT at, julianday(at) < julianday($before) FROM activity WHERE conversation_id = $c
        ORDER BY julianday(at) DESC LIMIT 1
        """;

    public async Task<IReadOnlyList<string>> FindEndedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = EndedSql;
        command.Parameters.AddWithValue("$before", Text(endedBefore));
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
        await using var connection = await database.OpenAsync(cancellationToken);

        // IMMEDIATE: no other writer can get in between the check below and the purge, so what was checked is what goes.
        await using var transaction = connection.BeginTransaction(deferred: false);
        string covered;
        await using (var last = connection.CreateCommand())
        {
            last.Transaction = transaction;
            last.CommandText = LastActivitySql;
            last.Parameters.AddWithValue("$c", conversationId);
            last.Parameters.AddWithValue("$before", Text(endedBefore));
            await using var reader = await last.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(1) == 0)
            {
                return false;
            }

            covered = reader.GetString(0);
        }

        await ExecuteAsync(connection, transaction, conversationId, """
            DELETE FROM processed_activities WHERE conversation_id = $c;
            DELETE FROM participant_profiles WHERE conversation_id = $c;
            DELETE FROM conversation_chairs WHERE conversation_id = $c;
            DELETE FROM outbox WHERE conversation_id = $c;
            DELETE FROM display_tokens WHERE conversation_id = $c;
            DELETE FROM report_links WHERE conversation_id = $c;
            DELETE FROM floor_links WHERE conversation_id = $c;
            DELETE FROM meeting_presence WHERE conversation_id = $c;
            DELETE FROM item_attendance WHERE conversation_id = $c;
            """, cancellationToken);

        // A new version: an instance saving what it read before the purge fails its version guard and its retry reads
        // the redacted list, instead of writing the names back.
        foreach (var (key, data) in await ReadAsync(connection, transaction, conversationId, "SELECT item_index, data FROM speakers_lists WHERE conversation_id = $c", cancellationToken))
        {
            var list = StorageJson.Read<SpeakersListSnapshot>(data);
            var redacted = Redaction.Redact(list) with { Version = list.Version + 1 };
            await ExecuteAsync(
                connection, transaction, conversationId,
                "UPDATE speakers_lists SET data = $data, version = $version WHERE conversation_id = $c AND item_index = $key AND panel = $panel", cancellationToken,
                ("$data", StorageJson.Write(redacted)), ("$version", redacted.Version), ("$key", key), ("$panel", list.Panel));
        }

        foreach (var (key, data) in await ReadAsync(connection, transaction, conversationId, "SELECT poll_id, data FROM polls WHERE conversation_id = $c", cancellationToken))
        {
            var poll = StorageJson.Read<PollSnapshot>(data);
            var redacted = Redaction.Redact(poll) with { Version = poll.Version + 1 };
            await ExecuteAsync(
                connection, transaction, conversationId, "UPDATE polls SET data = $data, version = $version WHERE conversation_id = $c AND poll_id = $key", cancellationToken,
                ("$data", StorageJson.Write(redacted)), ("$version", redacted.Version), ("$key", key));
            if (!poll.Anonymous)
            {
                // A named poll's voter key is the voter's AAD object id; a random key keeps the answer, not the person.
                await ExecuteAsync(connection, transaction, conversationId, """
                    UPDATE poll_answers SET voter_key = 'redacted:' || lower(hex(randomblob(16)))
                    WHERE conversation_id = $c AND poll_id = $key AND voter_key NOT LIKE 'redacted:%'
                    """, cancellationToken, ("$key", key));
            }
        }

        foreach (var (key, data) in await ReadAsync(connection, transaction, conversationId, "SELECT item_index, data FROM question_boards WHERE conversation_id = $c", cancellationToken))
        {
            var board = StorageJson.Read<QuestionBoardSnapshot>(data);
            var redacted = Redaction.Redact(board) with { Version = board.Version + 1 };
            await ExecuteAsync(
                connection, transaction, conversationId,
                "UPDATE question_boards SET data = $data, version = $version WHERE conversation_id = $c AND item_index = $key AND panel = $panel", cancellationToken,
                ("$data", StorageJson.Write(redacted)), ("$version", redacted.Version), ("$key", key), ("$panel", board.Panel));
        }

        foreach (var (key, data) in await ReadAsync(connection, transaction, conversationId, "SELECT input_id, data FROM inputs WHERE conversation_id = $c", cancellationToken))
        {
            var input = StorageJson.Read<InputSnapshot>(data);
            var redacted = Redaction.Redact(input) with { Version = input.Version + 1 };
            await ExecuteAsync(
                connection, transaction, conversationId, "UPDATE inputs SET data = $data, version = $version WHERE conversation_id = $c AND input_id = $key", cancellationToken,
                ("$data", StorageJson.Write(redacted)), ("$version", redacted.Version), ("$key", key));
        }

        foreach (var (key, data) in await ReadAsync(connection, transaction, conversationId, "SELECT item_index, data FROM input_windows WHERE conversation_id = $c", cancellationToken))
        {
            var window = StorageJson.Read<InputWindowSnapshot>(data);
            var redacted = Redaction.Redact(window) with { Version = window.Version + 1 };
            await ExecuteAsync(
                connection, transaction, conversationId, "UPDATE input_windows SET data = $data, version = $version WHERE conversation_id = $c AND item_index = $key", cancellationToken,
                ("$data", StorageJson.Write(redacted)), ("$version", redacted.Version), ("$key", key));
        }

        await ExecuteAsync(connection, transaction, conversationId, """
            INSERT INTO retention_purges (conversation_id, purged_at) VALUES ($c, $covered)
            ON CONFLICT (conversation_id) DO UPDATE SET purged_at = excluded.purged_at
            """, cancellationToken, ("$covered", covered));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static async Task<List<(object Key, string Data)>> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", conversationId);
        var rows = new List<(object, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetValue(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string conversationId, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", conversationId);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
