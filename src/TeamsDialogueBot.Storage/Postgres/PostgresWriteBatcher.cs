using System.Globalization;
using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Group commit on PostgreSQL (see <see cref="GroupCommitter{TCommand}"/>): one WAL flush per batch.</summary>
public sealed class PostgresWriteBatcher(PostgresDatabase database) : GroupCommitter<NpgsqlCommand>(maxBatch: 256)
{
    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(
        IReadOnlyList<Func<NpgsqlCommand, CancellationToken, Task<int>>> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        await using var connection = await database.DataSource.OpenConnectionAsync();
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
