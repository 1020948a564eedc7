using TeamsDialogueBot.Storage.Tests.Contracts;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary><see cref="InputRetentionContract"/> on SQLite.</summary>
public sealed class SqliteInputRetentionTests : InputRetentionContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
