using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>
/// Teams delivers an activity again when the bot answered slowly. An upvote is a toggle, so applying a copy again would
/// take the vote back: every copy must get the first copy's answer and change nothing.
/// </summary>
public sealed class QandARedeliveryTests : IAsyncLifetime
{
    private static readonly TeamsUser Eva = QandAHost.User(1, "Eva Novak");
    private QandAHost _qa = null!;

    public async Task InitializeAsync()
    {
        _qa = await QandAHost.StartAsync(Eva);
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask Counted once?");
    }

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Fact]
    public async Task An_upvote_delivered_again_is_applied_once_and_answered_the_same()
    {
        var upvote = await _qa.PressOfAsync(Teams.Participant, Bot.QandA.QandAVerbs.Upvote, new() { [Bot.QandA.QandAVerbs.QuestionKey] = "1" });

        var first = await QandAHost.ResponseOf(await _qa.Host.SendAsync(upvote));
        var second = await QandAHost.ResponseOf(await _qa.Host.SendAsync(upvote));

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(1, (await _qa.BoardAsync()).VotesFor(1));
    }

    [Fact]
    public async Task Copies_of_upvotes_arriving_together_are_applied_once_each()
    {
        var voters = Enumerable.Range(10, 20).Select(n => QandAHost.User(n)).ToList();
        var upvotes = new List<System.Text.Json.Nodes.JsonObject>();
        foreach (var voter in voters)
        {
            upvotes.Add(await _qa.PressOfAsync(voter, Bot.QandA.QandAVerbs.Upvote, new() { [Bot.QandA.QandAVerbs.QuestionKey] = "1" }));
        }

        // Every upvote three times at once, interleaved.
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => upvotes).Select(async u => await QandAHost.ResponseOf(await _qa.Host.SendAsync(u))));

        Assert.All(responses, r => Assert.Contains("✓ ▲", WireCards.AllText(r["value"]!), StringComparison.Ordinal));
        Assert.Equal(20, (await _qa.BoardAsync()).VotesFor(1));
    }
}
