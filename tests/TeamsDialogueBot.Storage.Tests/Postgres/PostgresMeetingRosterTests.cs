using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="MeetingRosterContract"/> on PostgreSQL.</summary>
public sealed class PostgresMeetingRosterTests : MeetingRosterContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
