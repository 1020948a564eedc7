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
public sealed class PostgresPollStore(PostgresDatabase database, PostgresWriteBatcher writes) : IPollStore
{
    // The claim of the activity id and the upsert in one statement: the answer is only written when the claim inserted
    // a row (an activity without an id claims nothing and always may). Yields an AnswerWrite: 2 for a duplicate
    // activity, 0 when the answer was written, 1 when the poll is closed or unknown.
    // FOR SHARE makes a close (an UPDATE of the poll row) and the votes in flight wait for each other: a vote either
    // commits before the close or re-reads the closed row and records nothing. Without it a vote whose snapshot
    // predates the close could still commit after it.
    private const string VoteSql = """
        WITH claim AS (
            INSERT INTO processed_activities (conversation_id, activity_id, processed_at)
            SELECT @conversation, @activity, @at WHERE @activity IS NOT NULL
            ON CONFLICT DO NOTHING RETURNING 1
        ), answer AS (
            INSERT INTO poll_answers (conversation_id, poll_id, voter_key, answered_at, data)
            SELECT @conversation, @poll, @voter, @at, @data FROM polls
            WHERE conversation_id = @conversation AND poll_id = @poll AND is_open
              AND (@activity IS NULL OR EXISTS (SELECT 1 FROM claim))
            FOR SHARE
            ON CONFLICT (conversation_id, poll_id, voter_key) DO UPDATE SET answered_at = excluded.answered_at, data = excluded.data
            RETURNING 1
        )
        SELECT CASE
            WHEN @activity IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claim) THEN 2
            WHEN EXISTS (SELECT 1 FROM answer) THEN 0
            ELSE 1 END
        """;

    public async Task<PollId> NextIdAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT COALESCE(MAX(sequence), 0) + 1 FROM polls WHERE conversation_id = @conversation", conversationId);
        var next = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return PollId.Next(next);
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

    public async Task<IReadOnlyList<OpenPoll>> OpenPollsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT conversation_id, poll_id FROM polls WHERE is_open ORDER BY updated_at DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
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
        var at = answer.AnsweredAt.ToUniversalTime();
        // Votes are the rush: group-committed with the other votes arriving at the same moment. The activity's
        // claim and the answer are one statement (one round trip), so both are committed or neither is.
        var write = new PostgresWrite(
            new PostgresStatement(
                VoteSql,
                parameters =>
                {
                    parameters.AddWithValue("conversation", conversationId);
                    parameters.AddWithValue("poll", answer.PollId.Value);
                    parameters.AddWithValue("voter", answer.Voter.Value);
                    parameters.AddWithValue("at", at);
                    parameters.AddWithValue("data", NpgsqlDbType.Jsonb, data);
                    parameters.AddWithValue("activity", NpgsqlDbType.Text, (object?)activityId ?? DBNull.Value);
                },
                ReturnsRow: true),
            answer.Voter.Value);
        return (AnswerWrite)await writes.ExecuteAsync(write, cancellationToken);
    }

    public async Task<Answer?> FindAnswerAsync(string conversationId, PollId id, VoterKey voter, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "SELECT answered_at, data::text FROM poll_answers WHERE conversation_id = @conversation AND poll_id = @poll AND voter_key = @voter",
            conversationId,
            id);
        command.Parameters.AddWithValue("voter", voter.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = StoredAnswerJson.Read(reader.GetString(1));
        return new Answer(id, voter, reader.GetFieldValue<DateTimeOffset>(0)) { Choices = stored.Choices ?? [], Rating = stored.Rating, Text = stored.Text };
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
            var stored = StoredAnswerJson.Read(reader.GetString(0));
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

    private static Poll Restore(string data) => Poll.FromSnapshot(StorageJson.Read<PollSnapshot>(data));
}
