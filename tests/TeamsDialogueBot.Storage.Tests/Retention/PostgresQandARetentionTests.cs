using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="QandARetentionContract"/> on PostgreSQL.</summary>
public sealed class PostgresQandARetentionTests : QandARetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
