namespace TeamsDialogueBot.Storage.Schema;

/// <summary>Brings the configured database's schema up to date at start-up.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
