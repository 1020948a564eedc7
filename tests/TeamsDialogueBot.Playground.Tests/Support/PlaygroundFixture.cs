using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>
/// One real bot process (anonymous local mode, fresh SQLite file) and one Agents Playground pointed at
/// it, with both WebSocket feeds open before anything is said, shared by the tests of a class.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly List<BotProcess> _killed = [];

    public BotProcess Bot { get; private set; } = null!;
    public PlaygroundProcess Playground { get; private set; } = null!;
    public PlaygroundConfig Config { get; private set; } = null!;

    /// <summary>/_ws_conversation/v1/conversations/stream: messages created and updated in the chats.</summary>
    public PlaygroundFeed Conversation { get; private set; } = null!;

    /// <summary>/_ws/log/stream: every request between bot and Playground, with its status.</summary>
    public PlaygroundFeed Log { get; private set; } = null!;

    public string GroupChatId => Config.GroupChatId;

    public async Task InitializeAsync()
    {
        Bot = await BotProcess.StartAsync();
        Playground = await PlaygroundProcess.StartAsync(Bot.MessagesEndpoint);
        Config = await Playground.GetConfigAsync();
        Conversation = await PlaygroundFeed.ConnectAsync(Playground.WebSocketUri("/_ws_conversation/v1/conversations/stream"));
        Log = await PlaygroundFeed.ConnectAsync(Playground.WebSocketUri("/_ws/log/stream"));
    }

    public async Task DisposeAsync()
    {
        if (Log is not null)
        {
            await Log.DisposeAsync();
        }

        if (Conversation is not null)
        {
            await Conversation.DisposeAsync();
        }

        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        // Last: the first bot owns the temp folder of the database its successors reuse.
        foreach (var killed in Enumerable.Reverse(_killed))
        {
            await killed.DisposeAsync();
        }
    }

    /// <summary>SIGKILLs the bot and starts a new process on the same port and database; returns the dead one.</summary>
    public async Task<BotProcess> KillAndRestartBotAsync()
    {
        var dead = Bot;
        dead.Kill();
        _killed.Add(dead);
        Bot = await BotProcess.StartAsync(databasePath: dead.DatabasePath, port: dead.Port);
        return dead;
    }

    /// <summary>
    /// "@bot {command}" from the Playground's own user in the group chat (its message API speaks only
    /// as that user), returning once the bot has answered the delivery: the bot answers 200 when the
    /// whole turn is done, and the Playground posts to the bot in the background, so without this wait
    /// the next command could overtake the end of this turn.
    /// </summary>
    public async Task SayAsync(string command)
    {
        var since = Log.Count;
        var text = await Playground.MentionBotAsync(Config, GroupChatId, Config.Me, command);
        await Log.WaitForAsync(e => PlaygroundLog.IsDeliveryToBot(e) && PlaygroundLog.Text(e) == text, Wait, since);
    }

    /// <summary>A member of the group chat other than the Playground's own user (0-based).</summary>
    public PlaygroundUser Member(int index) => Config.Users[index];

    /// <summary>Waits until the log lists at least <paramref name="count"/> calls by the bot, then asserts every one of them was accepted.</summary>
    public async Task AssertEveryBotCallAcceptedAsync(int count)
    {
        var calls = await Log.WaitForCountAsync(PlaygroundLog.IsBotCall, count, Wait);
        Assert.All(calls, c => Assert.True(PlaygroundLog.Status(c) is >= 200 and < 300, PlaygroundLog.Describe(c)));
    }

    /// <summary>The next message the bot creates in the group chat after stream position <paramref name="since"/>.</summary>
    public Task<ChatMessage> BotCreatesAsync(int since, Func<ChatMessage, bool>? match = null) =>
        NextAsync(since, "createMessage", m => match is null || match(m));

    /// <summary>The next update of message <paramref name="messageId"/> after stream position <paramref name="since"/>.</summary>
    public Task<ChatMessage> BotUpdatesAsync(int since, string messageId, Func<ChatMessage, bool>? match = null) =>
        NextAsync(since, "updateMessage", m => m.Id == messageId && (match is null || match(m)));

    public string Diagnostics() => $"Bot output:\n{Bot.Output}\nPlayground output:\n{Playground.Output}";

    private async Task<ChatMessage> NextAsync(int since, string action, Func<ChatMessage, bool> match)
    {
        try
        {
            var node = await Conversation.WaitForAsync(
                n => n["action"]?.GetValue<string>() == action
                    && n["actionConversationId"]?.GetValue<string>() == GroupChatId
                    && ChatMessage.From(n) is { } m && m.FromId == Config.BotId && match(m),
                Wait,
                since);
            return ChatMessage.From(node)!;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Diagnostics()}", e);
        }
    }
}
