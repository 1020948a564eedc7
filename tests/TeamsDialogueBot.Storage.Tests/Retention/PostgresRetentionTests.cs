using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="RetentionContract"/> on PostgreSQL.</summary>
public sealed class PostgresRetentionTests : RetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
