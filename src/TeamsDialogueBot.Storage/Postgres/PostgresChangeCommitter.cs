using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Changes;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Commits a turn's <see cref="ChangeSet"/> as one write of the pipelining group commit. Its guards (an activity
/// claim, a version check) raise an error instead of touching no row (tdb_expect_rows, migration 13), so a rejected
/// change set is rolled back alone under its savepoint and its caller learns why. A change set that adds to the
/// outbox also notifies the instances listening (the lease holder sends at once), delivered when it commits.
/// </summary>
public sealed class PostgresChangeCommitter(PostgresWriteBatcher writes, TimeProvider time, SpeakersListCache? lists = null) : IChangeCommitter
{
    private readonly SpeakersListCache _lists = lists ?? new SpeakersListCache();

    internal const string ConflictCode = "TDB01";
    internal const string DuplicateCode = "TDB02";
    internal const string OutboxChannel = "tdb_outbox";

    public async Task<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return CommitResult.Committed;
        }

        var now = time.GetUtcNow();
        var statements = new List<PostgresStatement>();
        foreach (var claim in changes.Claims)
        {
            statements.Add(Claim(changes.ConversationId, claim, now));
        }

        statements.AddRange(changes.Writes.Select(w => PostgresStagedWrites.Statement(changes.ConversationId, w, now)));
        if (changes.Writes.Any(w => w is StagedWrite.Enqueue))
        {
            statements.Add(Notify(changes.ConversationId));
        }

        try
        {
            await writes.ExecuteAsync(new PostgresWrite(statements, "conversation:" + changes.ConversationId), cancellationToken);
            Remember(changes);
            return CommitResult.Committed;
        }
        catch (PostgresException e) when (e.SqlState == ConflictCode)
        {
            return new CommitResult.Conflict(e.MessageText);
        }
        catch (PostgresException e) when (e.SqlState == DuplicateCode)
        {
            return new CommitResult.Duplicate(e.MessageText);
        }
    }

    // Committed: the lists as saved are what the next batch would read back (the reader then takes only their versions).
    private void Remember(ChangeSet changes)
    {
        foreach (var write in changes.Writes)
        {
            if (write is StagedWrite.SaveSpeakersList save)
            {
                _lists.Remember(save.List.ToSnapshot());
            }
        }
    }

    internal static PostgresStatement Notify(string conversationId) =>
        new($"SELECT 1 FROM pg_notify('{OutboxChannel}', @c)", p => p.AddWithValue("c", conversationId), ReturnsRow: true);

    private static PostgresStatement Claim(string conversationId, ActivityClaim claim, DateTimeOffset now) =>
        new(
            $"""
            WITH claimed AS (
                INSERT INTO processed_activities (conversation_id, activity_id, processed_at, response) VALUES (@c, @a, @t, @r)
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT tdb_expect_rows(count(*), 1, '{DuplicateCode}', @a) FROM claimed
            """,
            p =>
            {
                p.AddWithValue("c", conversationId);
                p.AddWithValue("a", claim.ActivityId);
                p.AddWithValue("t", now);
                p.AddWithValue("r", NpgsqlDbType.Bytea, (object?)claim.Response ?? DBNull.Value);
            },
            ReturnsRow: true);
}
