using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Changes;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Commits a turn's <see cref="ChangeSet"/> as one write of the group-committing writer: its statements share a
/// savepoint, so a failed guard (an activity already claimed, a version that moved) rolls back that change set only.
/// </summary>
public sealed class SqliteChangeCommitter(SqliteWriteBatcher writes, TimeProvider time, SpeakersListCache? lists = null) : IChangeCommitter
{
    private readonly SpeakersListCache _lists = lists ?? new SpeakersListCache();

    public async Task<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return CommitResult.Committed;
        }

        var now = StorageTime.Text(time.GetUtcNow());
        try
        {
            await writes.ExecuteAsync(
                async (command, ct) =>
                {
                    foreach (var claim in changes.Claims)
                    {
                        await ClaimAsync(command, changes.ConversationId, claim, now, ct);
                    }

                    foreach (var write in changes.Writes)
                    {
                        await SqliteStagedWrites.ApplyAsync(command, changes.ConversationId, write, now, ct);
                    }

                    return changes.Writes.Count;
                },
                cancellationToken);
            Remember(changes);
            return CommitResult.Committed;
        }
        catch (WriteRejectedException rejected)
        {
            return rejected.Result;
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

    private static async Task ClaimAsync(SqliteCommand command, string conversationId, ActivityClaim claim, string now, CancellationToken cancellationToken)
    {
        var claimed = await SqliteStatement.ExecuteAsync(
            command,
            "INSERT INTO processed_activities (conversation_id, activity_id, processed_at, response) VALUES ($c, $a, $t, $r) ON CONFLICT DO NOTHING",
            cancellationToken,
            ("$c", conversationId),
            ("$a", claim.ActivityId),
            ("$t", now),
            ("$r", claim.Response));
        if (claimed != 1)
        {
            throw new WriteRejectedException(new CommitResult.Duplicate(claim.ActivityId));
        }
    }
}
