using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="InputStoreContract"/> on SQLite.</summary>
public sealed class SqliteInputStoreTests : InputStoreContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
