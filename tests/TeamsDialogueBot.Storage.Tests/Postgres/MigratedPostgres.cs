using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>A fresh, migrated PostgreSQL database per test (skips without a server, see <see cref="PostgresServer"/>).</summary>
internal static class MigratedPostgres
{
    public static async Task<PostgresDatabase> OpenAsync(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        await database.MigrateAsync(PostgresMigrations.All, CancellationToken.None);
        return database;
    }
}
