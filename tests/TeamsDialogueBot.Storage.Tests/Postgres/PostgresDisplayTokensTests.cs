using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="DisplayTokensContract"/> on PostgreSQL.</summary>
public sealed class PostgresDisplayTokensTests : DisplayTokensContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
