using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Group commit on SQLite (see <see cref="GroupCommitter{TCommand}"/>). One writer at a time also means no
/// writer spins on SQLITE_BUSY during a rush.
/// </summary>
public sealed class SqliteWriteBatcher(SqliteDatabase database) : GroupCommitter<SqliteCommand>(maxBatch: 512)
{
    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(
        IReadOnlyList<Func<SqliteCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        await using var connection = await database.OpenAsync(CancellationToken.None);
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
            catch (SqliteException e)
            {
                transaction.Rollback(savepoint);
                outcomes[i] = (null, e);
            }
        }

        transaction.Commit();
        return outcomes;
    }
}
