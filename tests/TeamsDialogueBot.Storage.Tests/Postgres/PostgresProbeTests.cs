using Npgsql;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresProbeTests
{
    [SkippableFact]
    public async Task Probe_passes_on_a_migrated_database()
    {
        await using var database = new PostgresDatabase(await PostgresServer.CreateDatabaseAsync());
        await database.MigrateAsync(PostgresMigrations.All, CancellationToken.None);

        await database.ProbeAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
    }

    [SkippableFact]
    public async Task Probe_of_a_database_that_does_not_exist_fails()
    {
        var missing = new NpgsqlConnectionStringBuilder(await PostgresServer.CreateDatabaseAsync()) { Database = "tdb_missing_" + Guid.NewGuid().ToString("N") };
        await using var database = new PostgresDatabase(missing.ConnectionString);

        await Assert.ThrowsAsync<PostgresException>(() => database.ProbeAsync(TimeSpan.FromSeconds(2), CancellationToken.None));
    }
}
