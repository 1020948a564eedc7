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
        foreach (var statement in batch.SelectMany(w => w.Statements))
        {
            pipeline.BatchCommands.Add(Command(statement));
        }

        var values = new int?[batch.Count];
        try
        {
            await using var reader = await pipeline.ExecuteReaderAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                values[i] = await ReadRowsAsync(reader, batch[i]);
            }
        }
        catch (PostgresException e)
        {
            // One statement failed and PostgreSQL aborted the transaction.
            await transaction.RollbackAsync();
            return (null, e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure);
        }

        await transaction.CommitAsync();
        var outcomes = new (int? Result, Exception? Error)[batch.Count];
        var last = -1;
        for (var i = 0; i < batch.Count; i++)
        {
            last += batch[i].Statements.Count;
            outcomes[i] = (values[i] ?? pipeline.BatchCommands[last].RecordsAffected, null);
        }

        return (outcomes, false);
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
                await using var pipeline = new NpgsqlBatch(connection, transaction);
                foreach (var statement in batch[i].Statements)
                {
                    pipeline.BatchCommands.Add(Command(statement));
                }

                int? value;
                await using (var reader = await pipeline.ExecuteReaderAsync())
                {
                    value = await ReadRowsAsync(reader, batch[i]);
                }

                outcomes[i] = (value ?? pipeline.BatchCommands[^1].RecordsAffected, null);

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

    private static NpgsqlBatchCommand Command(PostgresStatement statement)
    {
        var command = new NpgsqlBatchCommand(statement.Sql);
        statement.Bind(command.Parameters);
        return command;
    }

    // Reads the rows of one write's statements (only statements that return rows have a result set in the reader):
    // the value of its last row-returning statement, or null when it has none (its result is then a row count,
    // known once the reader is done).
    private static async Task<int?> ReadRowsAsync(NpgsqlDataReader reader, PostgresWrite write)
    {
        int? value = null;
        foreach (var statement in write.Statements)
        {
            if (statement.ReturnsRow)
            {
                value = await reader.ReadAsync()
                    ? Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)
                    : throw new InvalidDataException($"The statement returned no row: {statement.Sql}");
                await reader.NextResultAsync();
            }
        }

        return value;
    }
}
