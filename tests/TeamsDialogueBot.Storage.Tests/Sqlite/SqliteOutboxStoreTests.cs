using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="OutboxStoreContract"/> on SQLite.</summary>
public sealed class SqliteOutboxStoreTests : OutboxStoreContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
