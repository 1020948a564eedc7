using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>The rush on one question: every upvote counted exactly once, the card updated in place within Teams' limits.</summary>
public sealed class QandARushTests : IAsyncLifetime
{
    private QandAHost _qa = null!;

    public async Task InitializeAsync() => _qa = await QandAHost.StartAsync();

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Fact]
    public async Task A_hundred_upvotes_at_once_on_one_question_are_counted_exactly_and_the_card_is_updated_in_place_within_Teams_limits()
    {
        _qa.Connector.EnforceRateLimits = true;
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Teams.Participant, "ask What will change for smuggled migrants?");
        var cardId = await _qa.CardIdAsync();
        var updatesBefore = _qa.Connector.Updates.Count(u => u.ActivityId == cardId);
        var voters = Enumerable.Range(100, 100).Select(n => QandAHost.User(n)).ToList();

        var responses = await Task.WhenAll(voters.Select(v => _qa.UpvoteAsync(v, 1)));

        Assert.All(responses, r => Assert.Equal(200, (int)r["statusCode"]!));
        Assert.All(responses, r => Assert.Contains("✓ ▲", WireCards.AllText(r["value"]!), StringComparison.Ordinal));
        var board = await _qa.BoardAsync();
        Assert.Equal(100, board.VotesFor(1));
        Assert.Equal(100, board.VoterCount);
        Assert.Contains("▲ 100", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);

        // However long the burst takes here, Teams' pacing holds and far fewer updates than upvotes go out.
        var updates = _qa.Connector.Updates.Where(u => u.ActivityId == cardId).Skip(updatesBefore).ToList();
        var windows = 1 + (int)((updates[^1].At - updates[0].At) / TimeSpan.FromSeconds(30));
        Assert.InRange(updates.Count, 1, Math.Min(60 * windows, voters.Count / 4));
        Assert.Equal(0, _qa.Connector.Throttled);
        Assert.Equal(1, _qa.Connector.Requests.Count(r => r.Route == "send" && r.ActivityId == cardId));
    }
}
