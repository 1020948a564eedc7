using TeamsDialogueBot.Playground.Tests.Support;

namespace TeamsDialogueBot.Playground.Tests.Queue;

/// <summary>
/// The speakers' list through the Playground: members press "Request the floor" (its message API
/// only speaks as its own user; its invoke API presses buttons as anyone in the chat), the chair
/// (everyone, in anonymous mode without a meeting) types `ack`, and the Playground's Connector accepts
/// the real @mention of the speaker and the 1:1 heads-up to the next one.
/// </summary>
public sealed class SpeakersListInPlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Requests_by_button_show_on_the_list_card_and_ack_gives_the_floor_with_an_accepted_mention()
    {
        var megan = playground.Member(0);
        var adele = playground.Member(1);
        var since = playground.Conversation.Count;
        await playground.SayAsync("q?");
        var card = await playground.BotCreatesAsync(since, m => m.HasExecuteAction("queue.request"));

        since = playground.Conversation.Count;
        var meganView = await playground.Playground.ExecuteAsync(playground.GroupChatId, megan, card.Id, card.ExecuteAction("queue.request"));
        Assert.Equal(ChatMessage.AdaptiveCardType, meganView["type"]!.GetValue<string>());
        await playground.BotUpdatesAsync(since, card.Id, m => m.CardText().Contains(megan.Name, StringComparison.Ordinal));
        await playground.Playground.ExecuteAsync(playground.GroupChatId, adele, card.Id, card.ExecuteAction("queue.request"));
        await playground.BotUpdatesAsync(since, card.Id, m => m.CardText().Contains(adele.Name, StringComparison.Ordinal));

        since = playground.Conversation.Count;
        await playground.SayAsync("ack");

        var announcement = await playground.BotCreatesAsync(since, m => m.Text.Contains("the floor is yours", StringComparison.Ordinal));
        Assert.Contains($"<at>{megan.Name}</at>", announcement.Text, StringComparison.Ordinal);
        var floor = await playground.BotUpdatesAsync(since, card.Id, m => m.CardText().Contains("Has the floor: " + megan.Name, StringComparison.Ordinal));
        Assert.Contains(adele.Name, floor.CardText(), StringComparison.Ordinal);
        var headsUp = await playground.Log.WaitForAsync(
            e => PlaygroundLog.IsBotCall(e) && PlaygroundLog.Text(e).Contains("You are next", StringComparison.Ordinal), PlaygroundFixture.Wait);
        Assert.InRange(PlaygroundLog.Status(headsUp), 200, 299);
        // The card, at least one update, the announcement, the 1:1 conversation and the heads-up.
        await playground.AssertEveryBotCallAcceptedAsync(5);
    }
}
