using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Storage.Tests.Postgres;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests;

/// <summary>Display links on both databases: one per conversation, the first stored wins, and whether one exists.</summary>
public sealed class DisplayTokensTests : IDisposable
{
    private const string Conversation = "19:meeting_display@thread.v2";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 15, 10, 0, 0, TimeSpan.Zero));
    private readonly TempDatabase _sqlite = new();

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public async Task Sqlite_keeps_the_first_link_and_knows_which_conversations_have_one() =>
        await AssertBehaviourAsync(new SqliteDisplayTokens(await _sqlite.OpenMigratedAsync(), _time));

    [SkippableFact]
    public async Task Postgres_keeps_the_first_link_and_knows_which_conversations_have_one()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await AssertBehaviourAsync(new PostgresDisplayTokens(database, _time));
    }

    private static async Task AssertBehaviourAsync(IDisplayTokens tokens)
    {
        Assert.False(await tokens.ExistsAsync(Conversation, CancellationToken.None));

        var first = await tokens.GetOrCreateAsync(Conversation, "token-one", CancellationToken.None);
        var second = await tokens.GetOrCreateAsync(Conversation, "token-two", CancellationToken.None);

        Assert.Equal("token-one", first);
        Assert.Equal("token-one", second);
        Assert.True(await tokens.ExistsAsync(Conversation, CancellationToken.None));
        Assert.False(await tokens.ExistsAsync("19:other@thread.v2", CancellationToken.None));
        Assert.Equal(Conversation, await tokens.FindConversationAsync("token-one", CancellationToken.None));
        Assert.Null(await tokens.FindConversationAsync("token-two", CancellationToken.None));
    }
}
