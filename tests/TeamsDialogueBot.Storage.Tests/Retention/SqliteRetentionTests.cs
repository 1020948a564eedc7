using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="RetentionContract"/> on SQLite.</summary>
public sealed class SqliteRetentionTests : RetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
