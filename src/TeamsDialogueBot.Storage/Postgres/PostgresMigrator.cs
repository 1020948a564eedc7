using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresMigrator(PostgresDatabase database) : IDatabaseMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(PostgresMigrations.All, cancellationToken);
}
