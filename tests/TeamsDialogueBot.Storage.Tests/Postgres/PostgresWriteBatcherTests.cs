using Npgsql;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresWriteBatcherTests
{
    private static PostgresStatement InsertStatement(int key) => new("INSERT INTO probe (k) VALUES (@k)", p => p.AddWithValue("k", key));

    private static PostgresWrite Insert(int key) => new(InsertStatement(key));

    // A statement that returns a row: its result is the row's first column, not the rows it changed.
    private static PostgresWrite InsertReturning(int key) =>
        new(new PostgresStatement("WITH w AS (INSERT INTO probe (k) VALUES (@k) RETURNING k) SELECT k * 10 FROM w", p => p.AddWithValue("k", key), ReturnsRow: true));

    private static async Task<PostgresTestDatabase> DatabaseAsync()
    {
        var db = await PostgresTestDatabase.CreateAsync([]);
        await db.ExecuteAsync("CREATE TABLE probe (k INTEGER PRIMARY KEY)");
        return db;
    }

    [SkippableFact]
    public async Task Concurrent_writes_are_all_committed_when_their_tasks_complete()
    {
        await using var db = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(db.Database);

        var results = await Task.WhenAll(Enumerable.Range(1, 300).Select(k => Task.Run(() => batcher.ExecuteAsync(Insert(k), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(300, await db.LongAsync("SELECT COUNT(*) FROM probe"));
    }

    [SkippableFact]
    public async Task A_failing_write_is_reported_to_its_caller_alone_and_the_rest_of_the_batch_commits()
    {
        await using var db = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(db.Database);

        var writes = new[] { 1, 2, 2, 3 }.Select(k => batcher.ExecuteAsync(Insert(k), CancellationToken.None)).ToList();

        await Assert.ThrowsAsync<PostgresException>(() => writes[2]);
        Assert.Equal(1, await writes[0]);
        Assert.Equal(1, await writes[3]);
        Assert.Equal(3, await db.LongAsync("SELECT COUNT(*) FROM probe"));
    }

    [SkippableFact]
    public async Task A_write_of_several_statements_is_rolled_back_whole_when_its_last_one_fails()
    {
        await using var db = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(db.Database);

        var writes = new[]
        {
            new PostgresWrite([InsertStatement(1), InsertStatement(2)]),
            new PostgresWrite([InsertStatement(3), InsertStatement(4), InsertStatement(1)]),
            new PostgresWrite([InsertStatement(5)]),
        }.Select(w => batcher.ExecuteAsync(w, CancellationToken.None)).ToList();

        await Assert.ThrowsAsync<PostgresException>(() => writes[1]);
        Assert.Equal(1, await writes[0]);
        Assert.Equal(1, await writes[2]);
        Assert.Equal(1 + 2 + 5, await db.LongAsync("SELECT SUM(k) FROM probe"));
    }

    [SkippableFact]
    public async Task A_statement_returning_a_row_yields_its_value_whether_the_batch_commits_together_or_one_by_one()
    {
        await using var db = await DatabaseAsync();
        await using var batcher = new PostgresWriteBatcher(db.Database);

        var together = await Task.WhenAll(new[] { InsertReturning(1), Insert(2), InsertReturning(3) }.Select(w => batcher.ExecuteAsync(w, CancellationToken.None)));
        // The duplicate 4 fails the pipelined batch; each write then runs alone under its own savepoint.
        var writes = new[] { InsertReturning(4), Insert(5), InsertReturning(4), InsertReturning(6) }.Select(w => batcher.ExecuteAsync(w, CancellationToken.None)).ToList();

        Assert.Equal([10, 1, 30], together);
        await Assert.ThrowsAsync<PostgresException>(() => writes[2]);
        Assert.Equal(40, await writes[0]);
        Assert.Equal(1, await writes[1]);
        Assert.Equal(60, await writes[3]);
        Assert.Equal(6, await db.LongAsync("SELECT COUNT(*) FROM probe"));
    }
}
