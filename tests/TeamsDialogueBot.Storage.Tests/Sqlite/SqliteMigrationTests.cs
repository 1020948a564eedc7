using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    [Fact]
    public async Task Fresh_database_gets_every_migration_once_and_in_WAL_mode()
    {
        var database = await _temp.OpenMigratedAsync();
        await database.MigrateAsync(SqliteMigrations.All, CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SqliteMigrations.All.Count, reader.GetInt32(0));
        Assert.Equal(SqliteMigrations.All.Max(m => m.Version), reader.GetInt32(1));
        await reader.DisposeAsync();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Database_from_a_newer_build_stops_startup_with_a_clear_message()
    {
        var database = await _temp.OpenMigratedAsync();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', '2030-01-01')";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => database.MigrateAsync(SqliteMigrations.All, CancellationToken.None));
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_migration_is_applied_on_top_of_an_existing_database()
    {
        var database = await _temp.OpenMigratedAsync();
        var next = SqliteMigrations.All.Max(m => m.Version) + 1;
        var extended = SqliteMigrations.All.Append(new Migration(next, "probe", "CREATE TABLE probe (x INTEGER);")).ToList();

        await database.MigrateAsync(extended, CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'probe'";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_step_that_landed_out_of_order_below_the_highest_is_still_applied()
    {
        var database = await _temp.OpenMigratedAsync();
        var top = SqliteMigrations.All.Max(m => m.Version);
        await database.MigrateAsync([.. SqliteMigrations.All, new Migration(top + 2, "later", "CREATE TABLE later (x INTEGER);")], CancellationToken.None);

        await database.MigrateAsync(
            [.. SqliteMigrations.All, new Migration(top + 1, "gap", "CREATE TABLE gap (x INTEGER);"), new Migration(top + 2, "later", "CREATE TABLE later (x INTEGER);")],
            CancellationToken.None);

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('gap', 'later')";
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose() => _temp.Dispose();
}
