using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>The rush: hundreds of people vote at once, nothing is lost and Teams' limits hold.</summary>
public sealed class PollRushTests : IAsyncLifetime
{
    private PollHost _polls = null!;

    public async Task InitializeAsync() => _polls = await PollHost.StartAsync();

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    [Fact]
    public async Task Five_hundred_simultaneous_votes_are_all_counted_and_the_last_card_shows_them()
    {
        _polls.Connector.EnforceRateLimits = true;
        var cardId = await _polls.LaunchAsync("poll \"Priority for the next session?\" \"Data\" \"Outreach\" \"Training\"");
        string[] keys = ["a", "b", "c"];
        var voters = Enumerable.Range(1, 500).Select(PollHost.NewUser).ToList();

        var responses = await Task.WhenAll(voters.Select((voter, i) =>
            _polls.VoteAsync(voter, new JsonObject { ["pollId"] = "p1", ["choice"] = keys[i % 3] }, cardId)));
        await _polls.SettleAsync();

        Assert.All(responses, r => Assert.Contains("Your answer:", WireCards.AllText(r["value"]!), StringComparison.Ordinal));
        var answers = await _polls.AnswersAsync("p1");
        Assert.Equal(500, answers.Count);
        int[] expected = [167, 167, 166];
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(expected[k], answers.Count(a => a.Choices.SequenceEqual([keys[k]])));
        }

        var last = _polls.Connector.LastCardFor(cardId)!;
        Assert.Contains("500 respondents", WireCards.AllText(last), StringComparison.Ordinal);
        var bars = last["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Chart.HorizontalBar")!["data"]!.AsArray();
        Assert.Equal(expected, bars.Select(b => (int)b!["y"]!.GetValue<double>()));
        // How long the burst takes depends on the machine; what must hold is Teams' pacing and far fewer
        // renders than votes.
        var updates = _polls.Connector.Updates.Where(u => u.ActivityId == cardId).ToList();
        var windows = 1 + (int)((updates[^1].At - updates[0].At) / TimeSpan.FromSeconds(30));
        Assert.InRange(updates.Count, 1, Math.Min(60 * windows, voters.Count / 4));
        Assert.Equal(0, _polls.Connector.Throttled);
    }
}
