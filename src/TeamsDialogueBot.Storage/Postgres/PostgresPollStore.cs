using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Polls as a JSON snapshot + version (like dialogues); answers one row each, keyed by
/// (conversation, poll, voter key) so the database itself keeps one answer per person, whichever
/// instance the vote reached.
/// </summary>
public sealed class PostgresPollStore(PostgresDatabase database, PostgresWriteBatcher writes, TimeProvider time) : IPollStore
{
    // The claim of the activity id and the upsert in one statement: the answer is only written when the claim
    // inserted a row. Yields 0 for a duplicate activity, 1 + the answers written otherwise.
    private const string ClaimAndUpsertSql = """
        WITH claim AS (
            INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES (@conversation, @activity, @at)
            ON CONFLICT DO NOTHING RETURNING 1
        ), answer AS (
            INSERT INTO poll_answers (conversation_id, poll_id, voter_key, answered_at, data)
            SELECT @conversation, @poll, @voter, @at, @data FROM polls
            WHERE conversation_id = @conversation AND poll_id = @poll AND is_open AND EXISTS (SELECT 1 FROM claim)
            FOR SHARE
            ON CONFLICT (conversation_id, poll_id, voter_key) DO UPDATE SET answered_at = excluded.answered_at, data = excluded.data
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM claim)::int + (SELECT count(*) FROM answer)::int
        """;

    // FOR SHARE makes a close (an UPDATE of the poll row) and the votes in flight wait for each other:
    // a vote either commits before the close or re-reads the closed row and records nothing. Without it
    // a vote whose snapshot predates the close could still commit after it.
    private const string UpsertSql = """
        INSERT INTO poll_answers (conversation_id, poll_id, voter_key, answered_at, data)
        SELECT @conversation, @poll, @voter, @at, @data FROM polls
        WHERE conversation_id = @conversation AND poll_id = @poll AND is_open
        FOR SHARE
        ON CONFLICT (conversation_id, poll_id, voter_key) DO UPDATE SET answered_at = excluded.answered_at, data = excluded.data
        """;

    public async Task<PollId> NextIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT COALESCE(MAX(sequence), 0) + 1 FROM polls WHERE conversation_id = @conversation", conversationId);
        var next = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return PollId.Next(next);
    }

    public async Task AddAsync(string conversationId, Poll poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var command = Command("""
            INSERT INTO polls (conversation_id, poll_id, sequence, version, is_open, data, updated_at)
            VALUES (@conversation, @poll, @sequence, @version, @open, @data, @now) ON CONFLICT DO NOTHING
            """, conversationId, poll.Id);
        AddPollValues(command, poll);
        command.Parameters.AddWithValue("sequence", poll.Id.Sequence);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Poll {poll.Id} already exists in this conversation.");
        }
    }

    public async Task<Poll?> FindAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT data::text FROM polls WHERE conversation_id = @conversation AND poll_id = @poll", conversationId, id);
        return await command.ExecuteScalarAsync(cancellationToken) is string data ? Restore(data) : null;
    }

    public async Task<IReadOnlyList<Poll>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT data::text FROM polls WHERE conversation_id = @conversation ORDER BY sequence", conversationId);
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
        await using var command = Command("""
            UPDATE polls SET version = @version, is_open = @open, data = @data, updated_at = @now
            WHERE conversation_id = @conversation AND poll_id = @poll AND version = @expected
            """, conversationId, poll.Id);
        AddPollValues(command, poll);
        command.Parameters.AddWithValue("expected", expectedVersion);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Poll {poll.Id} changed since version {expectedVersion}.");
        }
    }

    public async Task SetCardActivityAsync(string conversationId, PollId id, string activityId, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE polls SET card_activity_id = @card WHERE conversation_id = @conversation AND poll_id = @poll", conversationId, id);
        command.Parameters.AddWithValue("card", activityId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> FindCardActivityAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT card_activity_id FROM polls WHERE conversation_id = @conversation AND poll_id = @poll", conversationId, id);
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
        var at = answer.AnsweredAt.ToUniversalTime();
        // Votes are the rush: group-committed with the other votes arriving at the same moment. The activity's
        // claim and the answer are one statement (one round trip), so both are committed or neither is.
        var write = new PostgresWrite(
            activityId is null ? UpsertSql : ClaimAndUpsertSql,
            parameters =>
            {
                parameters.AddWithValue("conversation", conversationId);
                parameters.AddWithValue("poll", answer.PollId.Value);
                parameters.AddWithValue("voter", answer.Voter.Value);
                parameters.AddWithValue("at", at);
                parameters.AddWithValue("data", NpgsqlDbType.Jsonb, data);
                if (activityId is not null)
                {
                    parameters.AddWithValue("activity", activityId);
                }
            },
            ReturnsRow: activityId is not null,
            LockOrder: answer.Voter.Value);
        var result = await writes.ExecuteAsync(write, cancellationToken);
        // The upsert yields the rows it wrote; the claim statement 0 for a duplicate, else 1 + the answers written.
        return (activityId is null, result) switch
        {
            (false, 0) => AnswerWrite.AlreadyProcessed,
            (true, 1) or (false, 2) => AnswerWrite.Recorded,
            _ => AnswerWrite.PollClosed,
        };
    }

    public async Task<IReadOnlyList<Answer>> AnswersAsync(string conversationId, PollId id, CancellationToken cancellationToken) =>
        await ReadAnswersAsync(conversationId, id, null, cancellationToken);

    public async Task<Answer?> FindAnswerAsync(string conversationId, PollId id, VoterKey voter, CancellationToken cancellationToken) =>
        (await ReadAnswersAsync(conversationId, id, voter, cancellationToken)).SingleOrDefault();

    private async Task<List<Answer>> ReadAnswersAsync(string conversationId, PollId id, VoterKey? voter, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "SELECT voter_key, answered_at, data::text FROM poll_answers WHERE conversation_id = @conversation AND poll_id = @poll"
                + (voter is null ? "" : " AND voter_key = @voter"),
            conversationId,
            id);
        if (voter is { } key)
        {
            command.Parameters.AddWithValue("voter", key.Value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<Answer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = StorageJson.Read<StoredAnswer>(reader.GetString(2));
            answers.Add(new Answer(id, new VoterKey(reader.GetString(0)), reader.GetFieldValue<DateTimeOffset>(1))
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
        await using var command = Command(
            "SELECT data::text, count(*)::int, min(answered_at) FROM poll_answers WHERE conversation_id = @conversation AND poll_id = @poll GROUP BY data",
            conversationId,
            id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<AnswerGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = StorageJson.Read<StoredAnswer>(reader.GetString(0));
            groups.Add(new AnswerGroup(stored.Choices ?? [], stored.Rating, stored.Text, reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return groups;
    }

    public async Task<byte[]> GetOrCreateSecretAsync(string name, byte[] candidate, CancellationToken cancellationToken)
    {
        await using (var insert = database.DataSource.CreateCommand("INSERT INTO poll_secrets (name, value) VALUES (@name, @value) ON CONFLICT DO NOTHING"))
        {
            insert.Parameters.AddWithValue("name", name);
            insert.Parameters.AddWithValue("value", candidate);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = database.DataSource.CreateCommand("SELECT value FROM poll_secrets WHERE name = @name");
        read.Parameters.AddWithValue("name", name);
        return await read.ExecuteScalarAsync(cancellationToken) as byte[]
            ?? throw new InvalidDataException($"The poll secret '{name}' could not be read back.");
    }

    private NpgsqlCommand Command(string sql, string conversationId, PollId? poll = null)
    {
        var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("conversation", conversationId);
        if (poll is { } id)
        {
            command.Parameters.AddWithValue("poll", id.Value);
        }

        return command;
    }

    private void AddPollValues(NpgsqlCommand command, Poll poll)
    {
        command.Parameters.AddWithValue("version", poll.Version);
        command.Parameters.AddWithValue("open", poll.IsOpen);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(poll.ToSnapshot()));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
    }

    private static Poll Restore(string data) => Poll.FromSnapshot(StorageJson.Read<PollSnapshot>(data));

    /// <summary>The answer without its keys, which live in their own columns.</summary>
    private sealed record StoredAnswer(IReadOnlyList<string>? Choices, int? Rating, string? Text);
}
