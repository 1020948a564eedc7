using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteWriteSessionTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    [Fact]
    public async Task Writes_on_a_prepared_statement_of_one_batch_each_bind_their_own_values()
    {
        var database = await _temp.OpenMigratedAsync();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE probe (k INTEGER PRIMARY KEY, v TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }

        await using var batcher = new SqliteWriteBatcher(database);
        await Task.WhenAll(Enumerable.Range(1, 50).Select(k => batcher.ExecuteAsync(new ProbeWrite(k), CancellationToken.None)));

        await using var check = await database.OpenAsync(CancellationToken.None);
        await using var read = check.CreateCommand();
        read.CommandText = "SELECT COUNT(*), SUM(k), MIN(v = 'v' || k) FROM probe";
        await using var reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(50, reader.GetInt64(0));
        Assert.Equal(1275, reader.GetInt64(1));
        Assert.Equal(1, reader.GetInt64(2));
    }

    public void Dispose() => _temp.Dispose();

    private sealed class ProbeWrite(int key) : SqliteWrite
    {
        public override Task<int> RunAsync(SqliteWriteSession session)
        {
            var command = session.Prepared("INSERT INTO probe (k, v) VALUES ($k, $v)", "$k", "$v");
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = "v" + key;
            return command.ExecuteNonQueryAsync();
        }
    }
}
