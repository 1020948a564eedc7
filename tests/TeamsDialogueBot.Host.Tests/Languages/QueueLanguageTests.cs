using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>
/// The speakers' list in a French dialogue: the card and the floor announcements in French for the chat, the heads-up
/// in the language each speaker asked for the floor in, refusals of a button in the presser's own language.
/// </summary>
public sealed class QueueLanguageTests : IAsyncLifetime
{
    private static readonly TeamsUser Olga = User(1, "Olga Petrova");
    private static readonly TeamsUser Ana = User(2, "Ana Silva");
    private static readonly TeamsUser Kurt = User(3, "Kurt Weber");
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        foreach (var user in new[] { Olga, Ana, Kurt })
        {
            _connector.SetMeetingRole(user.AadObjectId, "Attendee");
        }

        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_French_list_announces_in_French_and_warns_each_speaker_in_their_own_language()
    {
        await SayAsync(Teams.Chair, "language fr", "fr-FR");
        await SayAsync(Ana, "q+", "es-ES");
        await SayAsync(Olga, "q+", "ru-RU");
        await SayAsync(Kurt, "q+", "de-DE");

        await SayAsync(Teams.Chair, "ack", "en-GB");

        var chat = SentIn(_connector, _teams.ConversationId);
        Assert.Contains(chat, a => TextOf(a).StartsWith("🎙 <at>Ana Silva</at> (à distance), vous avez la parole — 3:00", StringComparison.Ordinal));
        await IdleAsync(_host);
        var card = WireCards.AllText(_connector.LastCardFor(await CardIdAsync(_host, _teams.ConversationId))!);
        Assert.Contains("Liste des orateurs", card, StringComparison.Ordinal);
        Assert.Contains("A la parole : Ana Silva", card, StringComparison.Ordinal);
        Assert.Contains("En attente : 2", card, StringComparison.Ordinal);

        // Olga asked in Russian: her heads-up is Russian, with the item's heading from the programme.
        var headsUp = _connector.Requests.Single(r => r.Route == "send" && r.ConversationId != _teams.ConversationId);
        Assert.StartsWith("Вы следующий в списке ораторов", TextOf(headsUp.Body!), StringComparison.Ordinal);

        // Kurt's Teams is in German, which the bot lacks: his heads-up is in the dialogue's French.
        await SayAsync(Teams.Chair, "ack", "en-GB");
        var second = _connector.Requests.Where(r => r.Route == "send" && r.ConversationId != _teams.ConversationId).ToList();
        Assert.Equal(2, second.Count);
        Assert.StartsWith("Vous êtes le prochain orateur", TextOf(second[1].Body!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_that_changes_nothing_says_so_in_the_pressers_language()
    {
        await SayAsync(Teams.Chair, "language fr", "fr-FR");
        await SayAsync(Olga, "q+", "ru-RU");

        var press = _teams.Execute(Olga, "queue.withdraw", new JsonObject { ["verb"] = "queue.withdraw", ["item"] = "0" });
        press["locale"] = "es-ES";
        await _host.SendAsync(press);
        var again = _teams.Execute(Olga, "queue.withdraw", new JsonObject { ["verb"] = "queue.withdraw", ["item"] = "0" });
        again["locale"] = "zh-CN";
        using var response = await _host.SendAsync(again);

        Assert.Contains("您不在发言名单上。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task SayAsync(TeamsUser user, string command, string locale)
    {
        var activity = _teams.Mention(user, command);
        activity["locale"] = locale;
        await _host.SendAsync(activity);
    }
}
