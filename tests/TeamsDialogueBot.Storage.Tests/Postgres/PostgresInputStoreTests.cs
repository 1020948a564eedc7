using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="InputStoreContract"/> on PostgreSQL.</summary>
public sealed class PostgresInputStoreTests : InputStoreContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
