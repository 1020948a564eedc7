using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>`display` in a Spanish dialogue: the chat hears in Spanish that the links went; the chair reads them in Russian.</summary>
public sealed class DisplayLanguageTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Display:PublicBaseUrl"] = "https://dialogue.example.org/base" });
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_chat_and_the_chair_each_read_their_own_language()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "language es"));
        var display = _teams.Mention(Teams.Chair, "display");
        display["locale"] = "ru-RU";

        await _host.SendAsync(display);

        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "") == "Le he enviado los enlaces de la pantalla de la sala en nuestro chat privado.");
        var links = _connector.Requests.Single(r => r.Route == "send" && r.ConversationId != _teams.ConversationId);
        Assert.StartsWith("**Экран зала**", links.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("https://dialogue.example.org/base/display/", links.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
