using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="QandARetentionContract"/> on SQLite.</summary>
public sealed class SqliteQandARetentionTests : QandARetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
