using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="MigrationContract"/> on SQLite.</summary>
public sealed class SqliteMigrationTests : MigrationContract
{
    protected override IReadOnlyList<Migration> All => SqliteMigrations.All;

    protected override async Task<TestDatabase> OpenAsync(IReadOnlyList<Migration> migrations) => await SqliteTestDatabase.CreateAsync(migrations);
}
