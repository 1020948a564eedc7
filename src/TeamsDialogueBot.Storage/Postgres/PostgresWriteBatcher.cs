using System.Globalization;
using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Group commit on PostgreSQL (see <see cref="GroupCommitter{TCommand}"/>): one WAL flush per batch.</summary>
public sealed class PostgresWriteBatcher(PostgresDatabase database) : GroupCommitter<NpgsqlCommand>(maxBatch: 256)
{
    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(
        IReadOnlyList<Func<NpgsqlCommand, CancellationToken, Task<int>>> batch)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return batch.Count > 1 && await TryCommitTogetherAsync(connection, batch) is { } together
            ? together
            : await CommitOneByOneAsync(connection, batch);
    }

    // The common case: every write succeeds, so none pays two extra round trips for a savepoint of its own.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>?> TryCommitTogetherAsync(
        NpgsqlConnection connection, IReadOnlyList<Func<NpgsqlCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
                outcomes[i] = (await batch[i](command, CancellationToken.None), null);
            }
        }
        catch (PostgresException)
        {
            // One write failed: nothing of the batch is kept, and the careful path runs each write again alone.
            await transaction.RollbackAsync();
            return null;
        }

        await transaction.CommitAsync();
        return outcomes;
    }

    // Each write under its own savepoint, so a failing one is rolled back and reported alone.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitOneByOneAsync(
        NpgsqlConnection connection, IReadOnlyList<Func<NpgsqlCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            var savepoint = "w" + i.ToString(CultureInfo.InvariantCulture);
            await transaction.SaveAsync(savepoint);
            try
            {
                await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
                outcomes[i] = (await batch[i](command, CancellationToken.None), null);
                await transaction.ReleaseAsync(savepoint);
            }
            catch (PostgresException e)
            {
                // A failed statement aborts a PostgreSQL transaction until rolled back to the savepoint.
                await transaction.RollbackAsync(savepoint);
                outcomes[i] = (null, e);
            }
        }

        await transaction.CommitAsync();
        return outcomes;
    }
}
