using TeamsDialogueBot.Domain.Changes;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Display links on either database: one per conversation, a first one made once, a replaced one revoked at once.</summary>
public abstract class DisplayTokensContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    private static ChangeSet Set(string token, bool replace) => new(Conversation, [], [new StagedWrite.SetDisplayToken(token, replace)]);

    [SkippableFact]
    public async Task A_first_link_is_made_once_whichever_instance_is_first_and_opens_its_conversation_only()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        Assert.Null(await db.DisplayTokens.FindTokenAsync(Conversation, None));

        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Set("token-one", replace: false), None));
        Assert.Equal(new CommitResult.Conflict("display token"), await other.Committer.CommitAsync(Set("token-two", replace: false), None));

        Assert.Equal("token-one", await other.DisplayTokens.FindTokenAsync(Conversation, None));
        Assert.Null(await db.DisplayTokens.FindTokenAsync(Other, None));
        Assert.Equal(Conversation, await db.DisplayTokens.FindConversationAsync("token-one", None));
        Assert.Null(await db.DisplayTokens.FindConversationAsync("token-two", None));
    }

    [SkippableFact]
    public async Task A_replaced_link_opens_nothing_any_more()
    {
        await using var db = await OpenAsync();
        await db.Committer.CommitAsync(Set("token-one", replace: false), None);

        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Set("token-new", replace: true), None));

        Assert.Equal("token-new", await db.DisplayTokens.FindTokenAsync(Conversation, None));
        Assert.Null(await db.DisplayTokens.FindConversationAsync("token-one", None));
        Assert.Equal(Conversation, await db.DisplayTokens.FindConversationAsync("token-new", None));
    }
}
