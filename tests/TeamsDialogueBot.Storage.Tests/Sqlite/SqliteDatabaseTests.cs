using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Connections_wait_for_the_write_lock_inside_SQLite_and_keep_every_commit_durable()
    {
        var database = await _database.OpenMigratedAsync();
        await using var connection = await database.OpenAsync(CancellationToken.None);

        // busy_timeout: a writer meeting the lock is retried by SQLite within milliseconds of its release.
        Assert.Equal(30_000L, await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal(2L, await PragmaAsync(connection, "synchronous")); // FULL
        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
    }

    private static async Task<object?> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
