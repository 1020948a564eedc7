using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="RetentionRacesContract"/> on SQLite.</summary>
public sealed class SqliteRetentionRacesTests : RetentionRacesContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
