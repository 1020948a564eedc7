using System.Globalization;
using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Group commit on PostgreSQL (see <see cref="GroupCommitter{TWrite}"/>): one WAL flush per batch, and the batch's
/// statements pipelined in one round trip (a statement each in sequence cost a round trip per vote).
/// </summary>
public sealed class PostgresWriteBatcher(PostgresDatabase database) : GroupCommitter<PostgresWrite>(maxBatch: 256)
{
    // Another instance's batch may still meet ours in a deadlock (see PostgresWrite.LockOrder for the rare case):
    // PostgreSQL aborts one of them, and running it again after the other committed succeeds.
    private const int AttemptsTogether = 3;

    protected override async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(IReadOnlyList<PostgresWrite> batch)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var ordered = batch.Select((write, index) => (Write: write, Index: index))
            .OrderBy(w => w.Write.LockOrder, StringComparer.Ordinal)
            .ThenBy(w => w.Index)
            .ToList();
        var writes = ordered.Select(w => w.Write).ToList();
        IReadOnlyList<(int? Result, Exception? Error)>? outcomes = null;
        var deadlocked = true;
        for (var attempt = 1; outcomes is null && deadlocked && attempt <= AttemptsTogether; attempt++)
        {
            (outcomes, deadlocked) = await TryCommitTogetherAsync(connection, writes);
        }

        outcomes ??= await CommitOneByOneAsync(connection, writes);
        var inArrivalOrder = new (int? Result, Exception? Error)[batch.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            inArrivalOrder[ordered[i].Index] = outcomes[i];
        }

        return inArrivalOrder;
    }

    // The common case: every statement succeeds, so all travel together and none pays for a savepoint of its own.
    // No outcomes when a statement failed (the transaction was rolled back); Deadlocked when it lost to another's.
    private static async Task<(IReadOnlyList<(int? Result, Exception? Error)>? Outcomes, bool Deadlocked)> TryCommitTogetherAsync(
        NpgsqlConnection connection, List<PostgresWrite> batch)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var pipeline = new NpgsqlBatch(connection, transaction);
        foreach (var write in batch)
        {
            var command = new NpgsqlBatchCommand(write.Sql);
            write.Bind(command.Parameters);
            pipeline.BatchCommands.Add(command);
        }

        var values = new int?[batch.Count];
        try
        {
            await using (var reader = await pipeline.ExecuteReaderAsync())
            {
                // Only statements that return rows have a result set in the reader.
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].ReturnsRow)
                    {
                        values[i] = await reader.ReadAsync() ? reader.GetInt32(0) : throw new InvalidDataException($"The statement returned no row: {batch[i].Sql}");
                        await reader.NextResultAsync();
                    }
                }
            }
        }
        catch (PostgresException e)
        {
            // One statement failed and PostgreSQL aborted the transaction.
            await transaction.RollbackAsync();
            return (null, e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure);
        }

        await transaction.CommitAsync();
        return ([.. values.Select((value, i) => ((int?)(value ?? pipeline.BatchCommands[i].RecordsAffected), (Exception?)null))], false);
    }

    // Each write under its own savepoint, so a failing one is rolled back and reported alone.
    private static async Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitOneByOneAsync(NpgsqlConnection connection, List<PostgresWrite> batch)
    {
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            var savepoint = "w" + i.ToString(CultureInfo.InvariantCulture);
            await transaction.SaveAsync(savepoint);
            try
            {
                await using var command = new NpgsqlCommand(batch[i].Sql, connection, transaction);
                batch[i].Bind(command.Parameters);
                outcomes[i] = (batch[i].ReturnsRow ? await ScalarAsync(command, batch[i]) : await command.ExecuteNonQueryAsync(), null);
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

    private static async Task<int> ScalarAsync(NpgsqlCommand command, PostgresWrite write) =>
        await command.ExecuteScalarAsync() is { } value
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"The statement returned no row: {write.Sql}");
}
