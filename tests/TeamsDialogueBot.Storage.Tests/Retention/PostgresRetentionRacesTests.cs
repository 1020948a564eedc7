using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="RetentionRacesContract"/> on PostgreSQL.</summary>
public sealed class PostgresRetentionRacesTests : RetentionRacesContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
