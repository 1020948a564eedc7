using TeamsDialogueBot.Playground.Tests.Support;

namespace TeamsDialogueBot.Playground.Tests.Lifecycle;

/// <summary>The bot process killed outright (SIGKILL) comes back on the same database and carries on where the chat left it.</summary>
public sealed class BotRestartInPlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Bot_killed_after_next_comes_back_at_item_II_and_the_Playground_still_reaches_it()
    {
        var since = playground.Conversation.Count;
        await playground.SayAsync("agenda");
        var card = await playground.BotCreatesAsync(since, m => m.HasExecuteAction("agenda.next"));
        since = playground.Conversation.Count;
        await playground.SayAsync("next");
        await playground.BotUpdatesAsync(since, card.Id, m => m.HighlightedText().Contains("II. Briefing", StringComparison.Ordinal));

        var dead = await playground.KillAndRestartBotAsync();

        Assert.True(dead.HasExited);
        Assert.NotEqual(0, dead.ExitCode);
        Assert.NotEqual(dead.ProcessId, playground.Bot.ProcessId);
        since = playground.Conversation.Count;
        await playground.SayAsync("agenda");
        var again = await playground.BotCreatesAsync(since, m => m.HasExecuteAction("agenda.next"));
        Assert.Contains("II. Briefing on the developments", again.HighlightedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_stops_the_bot_gracefully_with_exit_code_zero()
    {
        var bot = await TeamsDialogueBot.TestSupport.BotProcess.StartAsync();

        await bot.DisposeAsync();

        Assert.Equal(0, bot.ExitCode);
    }
}
