using Npgsql;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresWriteBatcherTests
{
    private static PostgresWrite Insert(int key) => new("INSERT INTO probe (k) VALUES (@k)", p => p.AddWithValue("k", key));

    // A statement that returns a row: its result is the row's first column, not the rows it changed.
    private static PostgresWrite InsertReturning(int key) =>
        new("WITH w AS (INSERT INTO probe (k) VALUES (@k) RETURNING k) SELECT k * 10 FROM w", p => p.AddWithValue("k", key), ReturnsRow: true);

    private static async Task<PostgresDatabase> DatabaseAsync()
    {
        var database = new PostgresDatabase(await PostgresServer.CreateDatabaseAsync());
        await using var create = database.DataSource.CreateCommand("CREATE TABLE probe (k INTEGER PRIMARY KEY)");
        await create.ExecuteNonQueryAsync();
        return database;
    }

    private static async Task<long> CountAsync(PostgresDatabase database)
    {
        await using var count = database.DataSource.CreateCommand("SELECT COUNT(*) FROM probe");
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [SkippableFact]
    public async Task Concurrent_writes_are_all_committed_when_their_tasks_complete()
    {
        await using var database = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(database);

        var results = await Task.WhenAll(Enumerable.Range(1, 300).Select(k => Task.Run(() => batcher.ExecuteAsync(Insert(k), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(300, await CountAsync(database));
    }

    [SkippableFact]
    public async Task A_failing_write_is_reported_to_its_caller_alone_and_the_rest_of_the_batch_commits()
    {
        await using var database = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(database);

        var writes = new[] { 1, 2, 2, 3 }.Select(k => batcher.ExecuteAsync(Insert(k), CancellationToken.None)).ToList();

        await Assert.ThrowsAsync<PostgresException>(() => writes[2]);
        Assert.Equal(1, await writes[0]);
        Assert.Equal(1, await writes[3]);
        Assert.Equal(3, await CountAsync(database));
    }

    [SkippableFact]
    public async Task A_statement_returning_a_row_yields_its_value_whether_the_batch_commits_together_or_one_by_one()
    {
        await using var database = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(database);

        var together = await Task.WhenAll(new[] { InsertReturning(1), Insert(2), InsertReturning(3) }.Select(w => batcher.ExecuteAsync(w, CancellationToken.None)));
        // The duplicate 4 fails the pipelined batch; each write then runs alone under its own savepoint.
        var writes = new[] { InsertReturning(4), Insert(5), InsertReturning(4), InsertReturning(6) }.Select(w => batcher.ExecuteAsync(w, CancellationToken.None)).ToList();

        Assert.Equal([10, 1, 30], together);
        await Assert.ThrowsAsync<PostgresException>(() => writes[2]);
        Assert.Equal(40, await writes[0]);
        Assert.Equal(1, await writes[1]);
        Assert.Equal(60, await writes[3]);
        Assert.Equal(6, await CountAsync(database));
    }

    [SkippableFact]
    public async Task A_voters_later_write_never_overtakes_their_earlier_one_waiting_in_the_other_writers_batch()
    {
        await using var database = await DatabaseAsync();
        await using (var seed = database.DataSource.CreateCommand("ALTER TABLE probe ADD COLUMN v INTEGER; INSERT INTO probe (k, v) VALUES (1, 0), (100, 0), (101, 0)"))
        {
            await seed.ExecuteNonQueryAsync();
        }

        // Lock orders "x", "b" and "v" share a lane, "a" and "w" the other (PostgresWriteBatcher.LaneOf).
        await using var holdX = await RowLock.TakeAsync(database, 100);
        await using var holdA = await RowLock.TakeAsync(database, 101);
        await using var holdB = await RowLock.TakeAsync(database, 1);
        await using var batcher = new PostgresWriteBatcher(database);
        var x = batcher.ExecuteAsync(Upsert(100, 1, "x"), CancellationToken.None);
        await WaitForLockWaitersAsync(database, 1);
        var a = batcher.ExecuteAsync(Upsert(101, 1, "a"), CancellationToken.None);
        await WaitForLockWaitersAsync(database, 2);
        // Both writers wait, so "b" and the voter's first write are queued and then taken as one batch, "b" first.
        var b = batcher.ExecuteAsync(Upsert(1, 1, "b"), CancellationToken.None);
        var firstVote = batcher.ExecuteAsync(Upsert(2, 1, "v"), CancellationToken.None);
        await holdX.ReleaseAsync();
        await x;
        await WaitForLockWaitersAsync(database, 2);
        await holdA.ReleaseAsync();
        await a;

        var secondVote = batcher.ExecuteAsync(Upsert(2, 2, "v"), CancellationToken.None);
        await batcher.ExecuteAsync(Upsert(3, 1, "w"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await holdB.ReleaseAsync();
        await Task.WhenAll(b, firstVote, secondVote).WaitAsync(TimeSpan.FromSeconds(30));

        await using var read = database.DataSource.CreateCommand("SELECT v FROM probe WHERE k = 2");
        Assert.Equal(2, await read.ExecuteScalarAsync());
    }

    private static PostgresWrite Upsert(int key, int value, string lockOrder) => new(
        "INSERT INTO probe (k, v) VALUES (@k, @v) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
        p =>
        {
            p.AddWithValue("k", key);
            p.AddWithValue("v", value);
        },
        LockOrder: lockOrder);

    private static async Task WaitForLockWaitersAsync(PostgresDatabase database, int count)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        while ((long)(await command.ExecuteScalarAsync())! != count)
        {
        }
    }

    // A row held FOR UPDATE by a transaction of the test's own, so a write of that row waits until released.
    private sealed class RowLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public static async Task<RowLock> TakeAsync(PostgresDatabase database, int key)
        {
            var connection = await database.DataSource.OpenConnectionAsync();
            var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand("SELECT 1 FROM probe WHERE k = @k FOR UPDATE", connection, transaction);
            command.Parameters.AddWithValue("k", key);
            await command.ExecuteNonQueryAsync();
            return new RowLock(connection, transaction);
        }

        public Task ReleaseAsync() => transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
