using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>
/// The usual set-up of a Host test class: a recording Bot Connector on which <see cref="Teams.Chair"/> is the
/// meeting's organizer (and whatever else <see cref="SetMeetingRoles"/> adds), the bot on it with default settings, and
/// a meeting chat — new for every test.
/// </summary>
public abstract class ChairChatTests : IAsyncLifetime
{
    protected RecordingConnector Connector { get; private set; } = null!;

    /// <summary>The running bot; a test that restarts it (same database, other settings) puts the new one here to be disposed.</summary>
    protected BotTestHost BotHost { get; set; } = null!;

    protected Teams Chat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await RecordingConnector.StartAsync();
        SetMeetingRoles(Connector);
        BotHost = await BotTestHost.StartAsync(Connector);
        Chat = new Teams(Connector.ServiceUrl);
    }

    /// <summary>The roles Teams reports for the meeting's people; by default the chair is its organizer.</summary>
    protected virtual void SetMeetingRoles(RecordingConnector connector) =>
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");

    public async Task DisposeAsync()
    {
        await BotHost.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
