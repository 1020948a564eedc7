using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Display links on either database: one per conversation, the first stored wins, and whether one exists.</summary>
public abstract class DisplayTokensContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task The_first_link_stored_wins_for_every_instance_and_opens_its_conversation_only()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        Assert.False(await db.DisplayTokens.ExistsAsync(Conversation, None));

        var first = await db.DisplayTokens.GetOrCreateAsync(Conversation, "token-one", None);
        var second = await other.DisplayTokens.GetOrCreateAsync(Conversation, "token-two", None);

        Assert.Equal("token-one", first);
        Assert.Equal("token-one", second);
        Assert.True(await other.DisplayTokens.ExistsAsync(Conversation, None));
        Assert.False(await db.DisplayTokens.ExistsAsync(Other, None));
        Assert.Equal(Conversation, await db.DisplayTokens.FindConversationAsync("token-one", None));
        Assert.Null(await db.DisplayTokens.FindConversationAsync("token-two", None));
    }
}
