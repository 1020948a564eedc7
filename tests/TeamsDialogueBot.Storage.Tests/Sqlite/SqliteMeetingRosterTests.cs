using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="MeetingRosterContract"/> on SQLite.</summary>
public sealed class SqliteMeetingRosterTests : MeetingRosterContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
