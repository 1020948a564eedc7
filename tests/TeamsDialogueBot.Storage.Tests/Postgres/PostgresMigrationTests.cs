using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="MigrationContract"/> on PostgreSQL.</summary>
public sealed class PostgresMigrationTests : MigrationContract
{
    protected override IReadOnlyList<Migration> All => PostgresMigrations.All;

    protected override async Task<TestDatabase> OpenAsync(IReadOnlyList<Migration> migrations) => await PostgresTestDatabase.CreateAsync(migrations);
}
