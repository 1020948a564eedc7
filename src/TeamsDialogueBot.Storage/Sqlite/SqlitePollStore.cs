using System.Globalization;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Polls as a JSON snapshot + version (like dialogues); answers one row each, keyed by
/// (conversation, poll, voter key) so the database itself keeps one answer per person.
/// </summary>
public sealed class SqlitePollStore(SqliteDatabase database, SqliteWriteBatcher writes) : IPollStore
{
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

    public async Task<IReadOnlyList<OpenPoll>> OpenPollsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, poll_id FROM polls WHERE is_open = 1 ORDER BY updated_at DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var open = new List<OpenPoll>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (PollId.TryParse(reader.GetString(1), out var id))
            {
                open.Add(new OpenPoll(reader.GetString(0), id));
            }
        }

        return open;
    }

    public async Task<AnswerWrite> UpsertAnswerAsync(string conversationId, Answer answer, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var data = StoredAnswerJson.Write(answer.Choices, answer.Rating, answer.Text);
        var at = answer.AnsweredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        // Votes are the rush: they are group-committed with the other votes arriving at the same moment. The
        // activity's claim shares the vote's savepoint, so both are committed or neither is.
        var outcome = await writes.ExecuteAsync(new VoteWrite(conversationId, answer.PollId.Value, answer.Voter.Value, activityId, at, data), cancellationToken);
        return (AnswerWrite)outcome;
    }

    public async Task<Answer?> FindAnswerAsync(string conversationId, PollId id, VoterKey voter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            "SELECT answered_at, data FROM poll_answers WHERE conversation_id = $conversation AND poll_id = $poll AND voter_key = $voter",
            conversationId,
            id);
        command.Parameters.AddWithValue("$voter", voter.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = StoredAnswerJson.Read(reader.GetString(1));
        var at = DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return new Answer(id, voter, at) { Choices = stored.Choices ?? [], Rating = stored.Rating, Text = stored.Text };
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
            var stored = StoredAnswerJson.Read(reader.GetString(0));
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

    private static Poll Restore(string data) => Poll.FromSnapshot(StorageJson.Read<PollSnapshot>(data));

    /// <summary>
    /// A vote: the claim of its activity (when it has an id) and the answer, on statements prepared once per batch.
    /// The SELECT of the upsert yields a row only while the poll is open, so a vote racing a close is either counted
    /// before the close commits or not recorded at all.
    /// </summary>
    private sealed class VoteWrite(string conversationId, string pollId, string voter, string? activityId, string at, string data) : SqliteWrite
    {
        private const string ClaimSql = "INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES ($c, $a, $t) ON CONFLICT DO NOTHING";

        public override async Task<int> RunAsync(SqliteWriteSession session)
        {
            if (activityId is not null)
            {
                var claim = session.Prepared(ClaimSql, "$c", "$a", "$t");
                claim.Parameters[0].Value = conversationId;
                claim.Parameters[1].Value = activityId;
                claim.Parameters[2].Value = at;
                if (await claim.ExecuteNonQueryAsync() == 0)
                {
                    return (int)AnswerWrite.AlreadyProcessed;
                }
            }

            var upsert = session.Prepared(UpsertSql, "$conversation", "$poll", "$voter", "$at", "$data");
            upsert.Parameters[0].Value = conversationId;
            upsert.Parameters[1].Value = pollId;
            upsert.Parameters[2].Value = voter;
            upsert.Parameters[3].Value = at;
            upsert.Parameters[4].Value = data;
            return (int)(await upsert.ExecuteNonQueryAsync() == 1 ? AnswerWrite.Recorded : AnswerWrite.PollClosed);
        }
    }
}
