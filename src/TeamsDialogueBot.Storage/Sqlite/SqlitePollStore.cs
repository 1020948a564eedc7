using System.Globalization;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Polls as a JSON snapshot + version (like dialogues); answers one row each, keyed by
/// (conversation, poll, voter key) so the database itself keeps one answer per person.
/// </summary>
public sealed class SqlitePollStore(SqliteDatabase database, SqliteWriteBatcher writes, TimeProvider time) : IPollStore
{
    // What the group-committed write reports for a duplicate activity (a row count can't be negative).
    private const int AlreadyProcessedRows = -1;

    // One statement: the SELECT yields a row only while the poll is open, so a vote racing a close
    // is either counted before the close commits or not recorded at all. (The WHERE also settles
    // SQLite's INSERT … SELECT … ON CONFLICT parsing ambiguity.)
    private const string UpsertSql = """
        INSERT INTO poll_answers (conversation_id, poll_id, voter_key, answered_at, data)
        SELECT $conversation, $poll, $voter, $at, $data FROM polls
        WHERE conversation_id = $conversation AND poll_id = $poll AND is_open = 1
        ON CONFLICT (conversation_id, poll_id, voter_key) DO UPDATE SET answered_at = excluded.answered_at, data = excluded.data
        """;

    public async Task<PollId> NextIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT COALESCE(MAX(sequence), 0) + 1 FROM polls WHERE conversation_id = $conversation", conversationId);
        var next = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return PollId.Next(next);
    }

    public async Task AddAsync(string conversationId, Poll poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO polls (conversation_id, poll_id, sequence, version, is_open, data, updated_at)
            VALUES ($conversation, $poll, $sequence, $version, $open, $data, $now) ON CONFLICT DO NOTHING
            """, conversationId, poll.Id);
        AddPollValues(command, poll);
        command.Parameters.AddWithValue("$sequence", poll.Id.Sequence);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Poll {poll.Id} already exists in this conversation.");
        }
    }

    public async Task<Poll?> FindAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT data FROM polls WHERE conversation_id = $conversation AND poll_id = $poll", conversationId, id);
        return await command.ExecuteScalarAsync(cancellationToken) is string data ? Restore(data) : null;
    }

    public async Task<IReadOnlyList<Poll>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT data FROM polls WHERE conversation_id = $conversation ORDER BY sequence", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var polls = new List<Poll>();
        while (await reader.ReadAsync(cancellationToken))
        {
            polls.Add(Restore(reader.GetString(0)));
        }

        return polls;
    }

    public async Task SaveAsync(string conversationId, Poll poll, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            UPDATE polls SET version = $version, is_open = $open, data = $data, updated_at = $now
            WHERE conversation_id = $conversation AND poll_id = $poll AND version = $expected
            """, conversationId, poll.Id);
        AddPollValues(command, poll);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Poll {poll.Id} changed since version {expectedVersion}.");
        }
    }

    public async Task SetCardActivityAsync(string conversationId, PollId id, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE polls SET card_activity_id = $card WHERE conversation_id = $conversation AND poll_id = $poll", conversationId, id);
        command.Parameters.AddWithValue("$card", activityId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> FindCardActivityAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT card_activity_id FROM polls WHERE conversation_id = $conversation AND poll_id = $poll", conversationId, id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<bool> UpsertAnswerAsync(string conversationId, Answer answer, CancellationToken cancellationToken) =>
        await WriteAnswerAsync(conversationId, answer, null, cancellationToken) == AnswerWrite.Recorded;

    public Task<AnswerWrite> UpsertAnswerAsync(string conversationId, Answer answer, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return WriteAnswerAsync(conversationId, answer, activityId, cancellationToken);
    }

    private async Task<AnswerWrite> WriteAnswerAsync(string conversationId, Answer answer, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var data = StorageJson.Write(new StoredAnswer(answer.Choices, answer.Rating, answer.Text));
        var at = answer.AnsweredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        // Votes are the rush: they are group-committed with the other votes arriving at the same moment. The
        // activity's claim shares the vote's savepoint, so both are committed or neither is.
        var changed = await writes.ExecuteAsync(
            async (command, ct) =>
            {
                if (activityId is not null)
                {
                    command.CommandText = SqliteProcessedActivities.InsertSql;
                    command.Parameters.AddWithValue("$c", conversationId);
                    command.Parameters.AddWithValue("$a", activityId);
                    command.Parameters.AddWithValue("$t", at);
                    if (await command.ExecuteNonQueryAsync(ct) == 0)
                    {
                        return AlreadyProcessedRows;
                    }

                    command.Parameters.Clear();
                }

                command.CommandText = UpsertSql;
                command.Parameters.AddWithValue("$conversation", conversationId);
                command.Parameters.AddWithValue("$poll", answer.PollId.Value);
                command.Parameters.AddWithValue("$voter", answer.Voter.Value);
                command.Parameters.AddWithValue("$at", at);
                command.Parameters.AddWithValue("$data", data);
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
        return changed switch
        {
            AlreadyProcessedRows => AnswerWrite.AlreadyProcessed,
            1 => AnswerWrite.Recorded,
            _ => AnswerWrite.PollClosed,
        };
    }

    public async Task<IReadOnlyList<Answer>> AnswersAsync(string conversationId, PollId id, CancellationToken cancellationToken) =>
        await ReadAnswersAsync(conversationId, id, null, cancellationToken);

    public async Task<Answer?> FindAnswerAsync(string conversationId, PollId id, VoterKey voter, CancellationToken cancellationToken) =>
        (await ReadAnswersAsync(conversationId, id, voter, cancellationToken)).SingleOrDefault();

    private async Task<List<Answer>> ReadAnswersAsync(string conversationId, PollId id, VoterKey? voter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            "SELECT voter_key, answered_at, data FROM poll_answers WHERE conversation_id = $conversation AND poll_id = $poll"
                + (voter is null ? "" : " AND voter_key = $voter"),
            conversationId,
            id);
        if (voter is { } key)
        {
            command.Parameters.AddWithValue("$voter", key.Value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<Answer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = StorageJson.Read<StoredAnswer>(reader.GetString(2));
            var at = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            answers.Add(new Answer(id, new VoterKey(reader.GetString(0)), at)
            {
                Choices = stored.Choices ?? [],
                Rating = stored.Rating,
                Text = stored.Text,
            });
        }

        return answers;
    }

    public async Task<IReadOnlyList<AnswerGroup>> AnswerGroupsAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The same content is the same JSON text (one serialiser writes it); answered_at is ISO 8601 UTC, so MIN is the earliest.
        await using var command = Command(
            connection,
            "SELECT data, COUNT(*), MIN(answered_at) FROM poll_answers WHERE conversation_id = $conversation AND poll_id = $poll GROUP BY data",
            conversationId,
            id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<AnswerGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = StorageJson.Read<StoredAnswer>(reader.GetString(0));
            var first = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            groups.Add(new AnswerGroup(stored.Choices ?? [], stored.Rating, stored.Text, reader.GetInt32(1), first));
        }

        return groups;
    }

    public async Task<byte[]> GetOrCreateSecretAsync(string name, byte[] candidate, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO poll_secrets (name, value) VALUES ($name, $value) ON CONFLICT DO NOTHING";
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$value", candidate);
        await insert.ExecuteNonQueryAsync(cancellationToken);

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM poll_secrets WHERE name = $name";
        read.Parameters.AddWithValue("$name", name);
        return await read.ExecuteScalarAsync(cancellationToken) as byte[]
            ?? throw new InvalidDataException($"The poll secret '{name}' could not be read back.");
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string conversationId, PollId? poll = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$conversation", conversationId);
        if (poll is { } id)
        {
            command.Parameters.AddWithValue("$poll", id.Value);
        }

        return command;
    }

    private void AddPollValues(SqliteCommand command, Poll poll)
    {
        command.Parameters.AddWithValue("$version", poll.Version);
        command.Parameters.AddWithValue("$open", poll.IsOpen ? 1 : 0);
        command.Parameters.AddWithValue("$data", StorageJson.Write(poll.ToSnapshot()));
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
    }

    private static Poll Restore(string data) => Poll.FromSnapshot(StorageJson.Read<PollSnapshot>(data));

    /// <summary>The answer without its keys, which live in their own columns.</summary>
    private sealed record StoredAnswer(IReadOnlyList<string>? Choices, int? Rating, string? Text);
}
