using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>
/// The usual set-up of a Host test class: a recording Bot Connector on which <see cref="Teams.Chair"/> is the
/// meeting's organizer, the bot on it with default settings, and a meeting chat — new for every test.
/// </summary>
public abstract class ChairChatTests : IAsyncLifetime
{
    protected RecordingConnector Connector { get; private set; } = null!;

    protected BotTestHost BotHost { get; private set; } = null!;

    protected Teams Chat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await RecordingConnector.StartAsync();
        Connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        BotHost = await BotTestHost.StartAsync(Connector);
        Chat = new Teams(Connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await BotHost.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
