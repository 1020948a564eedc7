using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Sqlite;

public sealed class SqliteMigrator(SqliteDatabase database) : IDatabaseMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken) => database.MigrateAsync(SqliteMigrations.All, cancellationToken);
}
