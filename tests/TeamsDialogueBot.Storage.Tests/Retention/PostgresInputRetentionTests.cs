using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="InputRetentionContract"/> on PostgreSQL.</summary>
public sealed class PostgresInputRetentionTests : InputRetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
