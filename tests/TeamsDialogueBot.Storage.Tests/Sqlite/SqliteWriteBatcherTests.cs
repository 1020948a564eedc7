using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteWriteBatcherTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    private static Func<SqliteCommand, CancellationToken, Task<int>> Insert(int key) => (command, ct) =>
    {
        command.CommandText = "INSERT INTO probe (k) VALUES ($k)";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteNonQueryAsync(ct);
    };

    private async Task<SqliteDatabase> DatabaseAsync()
    {
        var database = await _temp.OpenMigratedAsync();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE probe (k INTEGER PRIMARY KEY)";
        await create.ExecuteNonQueryAsync();
        return database;
    }

    private static async Task<long> CountAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM probe";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Concurrent_writes_are_all_committed_when_their_tasks_complete()
    {
        var database = await DatabaseAsync();
        await using var batcher = new SqliteWriteBatcher(database);

        var results = await Task.WhenAll(Enumerable.Range(1, 500).Select(k => Task.Run(() => batcher.ExecuteAsync(Insert(k), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(500, await CountAsync(database));
    }

    [Fact]
    public async Task A_failing_write_is_reported_to_its_caller_alone_and_the_rest_of_the_batch_commits()
    {
        var database = await DatabaseAsync();
        await using var batcher = new SqliteWriteBatcher(database);

        var writes = new[] { 1, 2, 2, 3 }.Select(k => batcher.ExecuteAsync(Insert(k), CancellationToken.None)).ToList();

        await Assert.ThrowsAsync<SqliteException>(() => writes[2]);
        Assert.Equal(1, await writes[0]);
        Assert.Equal(1, await writes[1]);
        Assert.Equal(1, await writes[3]);
        Assert.Equal(3, await CountAsync(database));
    }

    [Fact]
    public async Task A_write_of_several_statements_is_rolled_back_whole_when_its_last_one_fails()
    {
        var database = await DatabaseAsync();
        await using var batcher = new SqliteWriteBatcher(database);

        var writes = new[] { new[] { 1, 2 }, [3, 4, 1], [5] }.Select(keys => batcher.ExecuteAsync(
            async (command, ct) =>
            {
                foreach (var key in keys)
                {
                    command.Parameters.Clear();
                    await Insert(key)(command, ct);
                }

                return keys.Length;
            },
            CancellationToken.None)).ToList();

        await Assert.ThrowsAsync<SqliteException>(() => writes[1]);
        Assert.Equal(2, await writes[0]);
        Assert.Equal(1, await writes[2]);
        Assert.Equal(3, await CountAsync(database));
    }

    [Fact]
    public async Task Disposing_commits_what_was_queued()
    {
        var database = await DatabaseAsync();
        var batcher = new SqliteWriteBatcher(database);
        var pending = Enumerable.Range(1, 50).Select(k => batcher.ExecuteAsync(Insert(k), CancellationToken.None)).ToList();

        await batcher.DisposeAsync();

        Assert.All(pending, p => Assert.True(p.IsCompletedSuccessfully));
        Assert.Equal(50, await CountAsync(database));
    }

    public void Dispose() => _temp.Dispose();
}
