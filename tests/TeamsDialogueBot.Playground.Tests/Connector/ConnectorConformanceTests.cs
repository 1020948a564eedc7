using TeamsDialogueBot.Playground.Tests.Support;

namespace TeamsDialogueBot.Playground.Tests.Connector;

/// <summary>
/// What Microsoft's own Connector emulation thinks of our protocol layer: every call the bot makes
/// (send, update in place) and every answer it gives is accepted. The Playground answers 501 to
/// DELETE of an activity, which is one reason the bot never deletes: it edits in place.
/// </summary>
public sealed class ConnectorConformanceTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Playground_connector_accepts_every_call_the_bot_makes_and_the_bot_accepts_every_delivery()
    {
        var since = playground.Conversation.Count;
        await playground.SayAsync("help");
        await playground.BotCreatesAsync(since);
        since = playground.Conversation.Count;
        await playground.SayAsync("agenda");
        var card = await playground.BotCreatesAsync(since, m => m.HasExecuteAction("agenda.next"));
        since = playground.Conversation.Count;
        await playground.SayAsync("next");
        await playground.BotUpdatesAsync(since, card.Id);
        await playground.Playground.ExecuteAsync(playground.GroupChatId, playground.Config.Me, card.Id, card.ExecuteAction("agenda.next"));
        await playground.BotUpdatesAsync(since, card.Id);

        // The "Now: …" announcement after `next` leaves through the outbox after the card update: wait for it too.
        var shown = await BotEventsSeenAsync(atLeast: 4);
        // The log may trail the conversation feed: wait until it lists a call for every message shown.
        var botCalls = await playground.Log.WaitForCountAsync(PlaygroundLog.IsBotCall, shown, PlaygroundFixture.Wait);

        Assert.True(shown >= 4, $"expected the bot's help, agenda card, update and announcement; saw {shown}");
        Assert.All(botCalls, c => Assert.True(PlaygroundLog.Status(c) is >= 200 and < 300, PlaygroundLog.Describe(c)));
        // help, agenda, next and the button press, at least.
        var deliveries = await playground.Log.WaitForCountAsync(PlaygroundLog.IsDeliveryToBot, 4, PlaygroundFixture.Wait);
        Assert.All(deliveries, d => Assert.True(PlaygroundLog.Status(d) is >= 200 and < 300, PlaygroundLog.Describe(d)));
    }

    private async Task<int> BotEventsSeenAsync(int atLeast)
    {
        var deadline = DateTime.UtcNow + PlaygroundFixture.Wait;
        var seen = BotEventsSeen();
        while (seen < atLeast && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            seen = BotEventsSeen();
        }

        return seen;
    }

    /// <summary>Messages the bot created or updated in any chat, as the Playground's web client saw them.</summary>
    private int BotEventsSeen() =>
        playground.Conversation.Snapshot().Count(e => ChatMessage.From(e) is { } m && m.FromId == playground.Config.BotId);
}
