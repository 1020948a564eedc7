using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Group commit on SQLite (see <see cref="GroupCommitter{TWrite}"/>); a write is a callback that runs its statements
/// on a command bound to the batch's transaction and returns its result. One writer at a time also means no
/// writer spins on SQLITE_BUSY during a rush.
/// </summary>
public sealed class SqliteWriteBatcher(SqliteDatabase database) : GroupCommitter<Func<SqliteCommand, CancellationToken, Task<int>>>(maxBatch: 512)
{
    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(
        IReadOnlyList<Func<SqliteCommand, CancellationToken, Task<int>>> batch)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await TryCommitTogetherAsync(connection, batch) is { } together
            ? together
            : await CommitOneByOneAsync(connection, batch);
    }

    // The common case: every write succeeds, so none pays for a savepoint of its own.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>?> TryCommitTogetherAsync(
        SqliteConnection connection, IReadOnlyList<Func<SqliteCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        using var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                outcomes[i] = (await batch[i](command, CancellationToken.None), null);
            }
        }
        catch (Exception e) when (e is SqliteException or WriteRejectedException)
        {
            // One write failed: nothing of the batch is kept, and the careful path runs each write again alone.
            transaction.Rollback();
            return null;
        }

        transaction.Commit();
        return outcomes;
    }

    // Each write under its own savepoint, so a failing one is rolled back and reported alone.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitOneByOneAsync(
        SqliteConnection connection, IReadOnlyList<Func<SqliteCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        using var transaction = connection.BeginTransaction(deferred: false);
        for (var i = 0; i < batch.Count; i++)
        {
            var savepoint = "w" + i.ToString(CultureInfo.InvariantCulture);
            transaction.Save(savepoint);
            try
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                outcomes[i] = (await batch[i](command, CancellationToken.None), null);
                transaction.Release(savepoint);
            }
            catch (Exception e) when (e is SqliteException or WriteRejectedException)
            {
                transaction.Rollback(savepoint);
                outcomes[i] = (null, e);
            }
        }

        transaction.Commit();
        return outcomes;
    }
}
