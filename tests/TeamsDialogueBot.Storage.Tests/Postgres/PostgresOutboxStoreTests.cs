using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="OutboxStoreContract"/> on PostgreSQL.</summary>
public sealed class PostgresOutboxStoreTests : OutboxStoreContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
