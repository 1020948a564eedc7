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

    [Fact]
    public async Task A_pooled_connection_keeps_its_settings_and_the_probe_does_not_leave_its_short_wait_behind()
    {
        var database = await _database.OpenMigratedAsync();
        SqliteConnection.ClearAllPools();
        SQLitePCL.sqlite3 first;
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            first = connection.Handle!;
        }

        await using (var again = await database.OpenAsync(CancellationToken.None))
        {
            // The pool handed back the same SQLite handle, whose settings were made when it was first opened.
            Assert.Same(first, again.Handle);
            Assert.Equal(30_000L, await PragmaAsync(again, "busy_timeout"));
            Assert.Equal(1L, await PragmaAsync(again, "foreign_keys"));
            Assert.Equal(2L, await PragmaAsync(again, "synchronous"));
        }

        // The health probe cuts its connection's busy_timeout to its own budget; the next turn must wait 30 s again.
        await database.ProbeAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        await using var afterProbe = await database.OpenAsync(CancellationToken.None);
        Assert.Same(first, afterProbe.Handle);
        Assert.Equal(30_000L, await PragmaAsync(afterProbe, "busy_timeout"));
    }

    private static async Task<object?> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
