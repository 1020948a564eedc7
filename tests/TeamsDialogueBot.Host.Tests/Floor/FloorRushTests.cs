using System.Globalization;
using System.Net;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>Phones and Teams at once: one list, one order, nothing lost, nothing twice.</summary>
public sealed class FloorRushTests
{
    [Fact]
    public async Task Two_hundred_phone_requests_and_two_hundred_teams_requests_at_once_are_each_queued_once_in_one_order()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        var teams = new Teams(connector.ServiceUrl);
        await using var host = await BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?>
        {
            // The organiser of a large room raises the dialogue's limit; the default (60 a minute) would refuse most.
            ["Floor:PerDialoguePerMinute"] = "10000",
        });
        await host.SendAsync(teams.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(host, teams.ConversationId);
        var phones = Enumerable.Range(1, 200).Select(_ => new Phone(host, token)).ToList();
        await Task.WhenAll(phones.Select((p, i) => p.JoinAsync(string.Create(CultureInfo.InvariantCulture, $"Phone {i:000}"))));
        var users = Enumerable.Range(1, 200).Select(n => User(n, string.Create(CultureInfo.InvariantCulture, $"Delegate {n:000}"))).ToList();

        var fromPhones = phones.Select(p => p.ActAsync("request")).ToList();
        var fromTeams = users.Select(u => host.PostAsync(teams.Mention(u, "q+"))).ToList();
        var answers = await Task.WhenAll(fromPhones.Concat(fromTeams));
        await host.SettleAsync();

        Assert.All(answers[..200], r => Assert.Equal("Requested", Phone.Done(r)));
        Assert.All(answers[200..], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var list = await StoredListAsync(host, teams.ConversationId);
        Assert.Equal(400, list.Entries.Count);
        Assert.Equal(400, list.Entries.Select(e => e.Speaker.Id).Distinct().Count());
        Assert.Equal(200, list.Entries.Count(e => e.FromPhone));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => string.Create(CultureInfo.InvariantCulture, $"Phone {i - 1:000}")).Concat(users.Select(u => u.Name)).Order(StringComparer.Ordinal),
            list.Entries.Select(e => e.Speaker.Name).Order(StringComparer.Ordinal));

        // One order: the line is the arrival order (fifo), numbered 1…400 without gaps, and the card says the same.
        Assert.Equal(Enumerable.Range(1, 400), list.Queue.Select(o => o.Position));
        Assert.Equal(list.Entries.OrderBy(e => e.Number).Select(e => e.Number), list.Queue.Select(o => o.Entry.Number));
        Assert.Equal(Enumerable.Range(1, 400), list.Entries.Select(e => e.Number).Order());
        var card = WireCards.AllText(connector.LastCardFor(await CardIdAsync(host, teams.ConversationId))!);
        Assert.Contains("Waiting: 400 (🏛 room 200 · 💻 remote 200)", card, StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        phones.ForEach(p => p.Dispose());
    }
}
