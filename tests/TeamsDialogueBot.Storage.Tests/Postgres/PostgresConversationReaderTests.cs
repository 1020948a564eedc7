using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="ConversationReaderContract"/> on PostgreSQL.</summary>
public sealed class PostgresConversationReaderTests : ConversationReaderContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
