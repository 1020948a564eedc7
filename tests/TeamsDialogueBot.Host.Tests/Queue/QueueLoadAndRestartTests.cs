using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Queue;

/// <summary>A rush of hands and a restart: nothing lost, nothing duplicated, few card updates.</summary>
public sealed class QueueLoadAndRestartTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Two_hundred_simultaneous_requests_are_all_queued_once_with_few_card_updates_and_the_last_shows_all()
    {
        await using var host = await BotTestHost.StartAsync(_connector);
        var users = Enumerable.Range(1, 200).Select(n => User(n, $"Delegate {n:000}")).ToList();

        await Task.WhenAll(users.Select(u => host.SendAsync(_teams.Mention(u, "q+"))));
        await IdleAsync(host);

        var list = await StoredListAsync(host, _teams.ConversationId);
        Assert.Equal(200, list.Queue.Count);
        Assert.Equal(users.Select(u => u.AadObjectId).Order(StringComparer.Ordinal), list.Entries.Select(e => e.Speaker.Id.Value).Order(StringComparer.Ordinal));
        var cardId = await CardIdAsync(host, _teams.ConversationId);
        Assert.Single(_connector.Requests, r => r.Route == "send" && r.ConversationId == _teams.ConversationId);
        // How long the burst takes depends on the machine (a slower one leaves room for more updates between turns);
        // what must hold is Teams' pacing (60 in 30 s) and far fewer renders than requests, as in PollRushTests.
        var updates = _connector.Updates.Where(r => r.ActivityId == cardId).ToList();
        Assert.NotEmpty(updates);
        var windows = 1 + (int)((updates[^1].At - updates[0].At) / TimeSpan.FromSeconds(30));
        Assert.InRange(updates.Count, 1, Math.Min(60 * windows, users.Count / 4));
        var last = WireCards.AllText(updates[^1].Body!["attachments"]![0]!["content"]!);
        Assert.Contains("Waiting: 200", last, StringComparison.Ordinal);
        Assert.All(users, u => Assert.Contains(u.Name, last, StringComparison.Ordinal));
    }

    // Batches read the list back by version only (SpeakersListCache): a copy of a `q+` that Teams delivers again, at
    // once or after its first copy was saved and remembered, must still be answered from its claim and change nothing.
    [Fact]
    public async Task Every_request_delivered_twice_during_a_rush_and_again_afterwards_is_queued_once()
    {
        await using var host = await BotTestHost.StartAsync(_connector);
        var requests = Enumerable.Range(1, 60).Select(n => _teams.Mention(User(n, $"Delegate {n:000}"), "q+")).ToList();

        var answers = await Task.WhenAll(requests.SelectMany(r => new[] { host.PostAsync(r.DeepClone()), host.PostAsync(r.DeepClone()) }));
        await IdleAsync(host);
        var late = await Task.WhenAll(requests.Take(10).Select(r => host.PostAsync(r.DeepClone())));
        await IdleAsync(host);

        Assert.All(answers.Concat(late), a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
        var list = await StoredListAsync(host, _teams.ConversationId);
        Assert.Equal(60, list.Entries.Count);
        Assert.Equal(60, list.Entries.Select(e => e.Speaker.Id).Distinct().Count());
        var cardId = await CardIdAsync(host, _teams.ConversationId);
        var last = WireCards.AllText(_connector.Updates.Last(r => r.ActivityId == cardId).Body!["attachments"]![0]!["content"]!);
        Assert.Contains("Waiting: 60", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_mid_list_keeps_the_queue_the_speaker_and_the_card()
    {
        var path = BotTestHost.NewDatabasePath();
        var (eva, farid, grace) = (User(1, "Eva Novak"), User(2, "Farid Haddad"), User(3, "Grace Obi"));
        string cardId;
        await using (var first = await BotTestHost.StartAsync(_connector, path))
        {
            await first.SendAsync(_teams.Mention(eva, "q+"));
            await first.SendAsync(_teams.Mention(farid, "q+ to say after the restart"));
            await first.SendAsync(_teams.Mention(grace, "q+"));
            await first.SendAsync(_teams.Mention(Teams.Chair, "ack"));
            await IdleAsync(first);
            cardId = await CardIdAsync(first, _teams.ConversationId);
        }

        await using var second = await BotTestHost.StartAsync(_connector, path);
        await second.SendAsync(_teams.Mention(Teams.Chair, "ack"));
        await second.SendAsync(_teams.Mention(Teams.Chair, "ack"));
        await IdleAsync(second);

        Assert.Equal(["Eva Novak", "Farid Haddad", "Grace Obi"], FloorOrder(_connector, _teams.ConversationId));
        Assert.Equal(cardId, await CardIdAsync(second, _teams.ConversationId));
        var card = WireCards.AllText(_connector.LastCardFor(cardId)!);
        Assert.Contains("Has the floor: Grace Obi", card, StringComparison.Ordinal);
        Assert.Single(_connector.Requests, r => r.Route == "send" && r.Body?["attachments"] is JsonArray);
    }
}
