using TeamsDialogueBot.Playground.Tests.Support;

namespace TeamsDialogueBot.Playground.Tests.Agenda;

/// <summary>
/// The agenda slice against Microsoft's own Teams-shaped client and connector: the real bot process in
/// anonymous local mode, where (no co-chairs, no meeting) everyone in the Playground's group chat steers.
/// </summary>
public sealed class AgendaInPlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private static readonly string[] Headings =
    [
        "I. Opening of the meeting",
        "II. Briefing on the developments",
        "III. Spotlight on the 11th meeting",
        "IV. Interactive exchange",
        "V. Closing of the meeting",
    ];

    [Fact]
    public async Task Help_and_agenda_mentions_get_the_bots_answers_in_the_group_chat()
    {
        var since = playground.Conversation.Count;
        await playground.SayAsync("help");
        // Other tests share this chat, and the bot sends what a turn decided after answering it: pick the help card out.
        var help = await playground.BotCreatesAsync(since, m => m.CardText().Contains("For everyone", StringComparison.Ordinal));
        Assert.Contains("agenda", help.Text + help.CardText(), StringComparison.Ordinal);

        since = playground.Conversation.Count;
        await playground.SayAsync("agenda");
        var agenda = await playground.BotCreatesAsync(since, IsAgendaCard);

        Assert.Equal("1.5", agenda.Card!["version"]!.GetValue<string>());
        var text = agenda.CardText();
        Assert.All(Headings, h => Assert.Contains(h, text, StringComparison.Ordinal));
        Assert.Contains("Monday, 15 July 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_updates_the_agenda_card_in_place_and_announces_item_II()
    {
        var card = await FreshAgendaAtItemOneAsync();

        var since = playground.Conversation.Count;
        await playground.SayAsync("next");

        var updated = await playground.BotUpdatesAsync(since, card.Id);
        Assert.Contains("II. Briefing on the developments", updated.HighlightedText(), StringComparison.Ordinal);
        var announcement = await playground.BotCreatesAsync(since, m => m.Text.Contains("Now:", StringComparison.Ordinal));
        Assert.Contains("Now: II. Briefing on the developments", announcement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(
            playground.Conversation.Snapshot().Skip(since).Select(ChatMessage.From),
            m => m is not null && IsAgendaCard(m) && m.Id != card.Id);
    }

    [Fact]
    public async Task Next_button_pressed_through_the_invoke_API_answers_with_the_updated_card()
    {
        var card = await FreshAgendaAtItemOneAsync();

        var logSince = playground.Log.Count;
        var response = await playground.Playground.ExecuteAsync(playground.GroupChatId, playground.Config.Me, card.Id, card.ExecuteAction("agenda.next"));

        // The Playground hands its client only {type, value}; the full invoke response is in its log.
        Assert.Equal(ChatMessage.AdaptiveCardType, response["type"]!.GetValue<string>());
        var shown = new ChatMessage(card.Id, playground.Config.BotId, "", response["value"]);
        Assert.Contains("II. Briefing on the developments", shown.HighlightedText(), StringComparison.Ordinal);
        var invoke = await playground.Log.WaitForAsync(PlaygroundLog.IsInvokeToBot, PlaygroundFixture.Wait, logSince);
        Assert.Equal(200, invoke["log"]!["response"]!["statusCode"]!.GetValue<int>());
        Assert.Equal(200, invoke["log"]!["response"]!["body"]!["statusCode"]!.GetValue<int>());
        var updated = await playground.BotUpdatesAsync(0, card.Id);
        Assert.Contains("II. Briefing on the developments", updated.HighlightedText(), StringComparison.Ordinal);
    }

    // Other features (the speakers' list) post cards of their own when the item changes.
    private static bool IsAgendaCard(ChatMessage message) => message.HasExecuteAction("agenda.next");

    /// <summary>
    /// Back to item I (answered either by "Now: I." or "already the current item"), then a new agenda
    /// card, which becomes the one the bot keeps up to date. Each step waits for the bot's answer: the
    /// Playground delivers messages asynchronously, so two quick ones could reach the bot swapped.
    /// </summary>
    private async Task<ChatMessage> FreshAgendaAtItemOneAsync()
    {
        var since = playground.Conversation.Count;
        await playground.SayAsync("goto I");
        await playground.BotCreatesAsync(since, m => m.Text.Contains("I. Opening of the meeting", StringComparison.Ordinal));

        since = playground.Conversation.Count;
        await playground.SayAsync("agenda");
        var card = await playground.BotCreatesAsync(since, IsAgendaCard);
        Assert.Contains("I. Opening of the meeting", card.HighlightedText(), StringComparison.Ordinal);
        return card;
    }
}
