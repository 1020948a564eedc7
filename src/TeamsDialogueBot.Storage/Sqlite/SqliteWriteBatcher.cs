using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Group commit on SQLite (see <see cref="GroupCommitter{TWrite}"/>); a write runs its statements in the batch's
/// transaction (<see cref="SqliteWriteSession"/>) and returns its result. One writer at a time also means no
/// writer spins on SQLITE_BUSY during a rush.
/// </summary>
public sealed class SqliteWriteBatcher(SqliteDatabase database) : GroupCommitter<SqliteWrite>(maxBatch: 512)
{
    /// <summary>Runs <paramref name="write"/> on a fresh command of the next batch's transaction; completes once committed.</summary>
    public Task<int> ExecuteAsync(Func<SqliteCommand, CancellationToken, Task<int>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return ExecuteAsync(new SqliteWrite.Callback(write), cancellationToken);
    }

    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(IReadOnlyList<SqliteWrite> batch)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await TryCommitTogetherAsync(connection, batch) is { } together
            ? together
            : await CommitOneByOneAsync(connection, batch);
    }

    // The common case: every write succeeds, so none pays for a savepoint of its own.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>?> TryCommitTogetherAsync(
        SqliteConnection connection, IReadOnlyList<SqliteWrite> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        using var transaction = connection.BeginTransaction(deferred: false);
        await using (var session = new SqliteWriteSession(connection, transaction))
        {
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    outcomes[i] = (await batch[i].RunAsync(session), null);
                }
            }
            catch (Exception e) when (e is SqliteException or WriteRejectedException)
            {
                // One write failed: nothing of the batch is kept, and the careful path runs each write again alone.
                await session.DisposeAsync();
                transaction.Rollback();
                return null;
            }
        }

        transaction.Commit();
        return outcomes;
    }

    // Each write under its own savepoint, so a failing one is rolled back and reported alone.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitOneByOneAsync(
        SqliteConnection connection, IReadOnlyList<SqliteWrite> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        using var transaction = connection.BeginTransaction(deferred: false);
        await using (var session = new SqliteWriteSession(connection, transaction))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i.ToString(CultureInfo.InvariantCulture);
                transaction.Save(savepoint);
                try
                {
                    outcomes[i] = (await batch[i].RunAsync(session), null);
                    transaction.Release(savepoint);
                }
                catch (Exception e) when (e is SqliteException or WriteRejectedException)
                {
                    transaction.Rollback(savepoint);
                    outcomes[i] = (null, e);
                }
            }
        }

        transaction.Commit();
        return outcomes;
    }
}
