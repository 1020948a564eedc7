using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Changes;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>
/// Teams delivers an activity again when the bot answered slowly. A vote records its activity in the same
/// write as the answer, so a second delivery — even one racing the first — changes nothing.
/// </summary>
public sealed class PollRedeliveryTests : IAsyncLifetime
{
    private PollHost _polls = null!;
    private string _cardId = "";

    public async Task InitializeAsync()
    {
        _polls = await PollHost.StartAsync();
        _cardId = await _polls.LaunchAsync("poll \"Which format?\" \"Hybrid\" \"Online\" \"In person\"");
    }

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    [Fact]
    public async Task A_vote_delivered_again_after_a_change_does_not_bring_the_old_answer_back()
    {
        var first = Vote(Teams.Participant, "a");
        await SendAsync(first);
        await SendAsync(Vote(Teams.Participant, "c"));

        var again = await SendAsync(first);

        Assert.Equal(["c"], Assert.Single(await _polls.AnswersAsync("p1")).Choices);
        // The voter is shown what is stored, not what the stale copy said.
        Assert.Contains("Your answer: In person", WireCards.AllText(again["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copies_of_one_vote_arriving_together_are_applied_once()
    {
        var voters = Enumerable.Range(0, 20).Select(PollHost.NewUser).ToList();
        var votes = voters.Select(v => Vote(v, "b")).ToList();

        // Every vote three times at once, interleaved.
        var bodies = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => votes).Select(SendAsync));

        Assert.All(bodies, b => Assert.Contains("Your answer: Online", WireCards.AllText(b["value"]!), StringComparison.Ordinal));
        var answers = await _polls.AnswersAsync("p1");
        Assert.Equal(20, answers.Count);
        await _polls.SettleAsync();
        Assert.Contains("20 respondents", WireCards.AllText(_polls.Connector.LastCardFor(_cardId)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submit_fallback_vote_delivered_twice_says_nothing_in_the_chat_the_second_time()
    {
        var submit = _polls.Teams.Activity("message", Teams.Participant, new JsonObject
        {
            ["text"] = "",
            ["replyToId"] = _cardId,
            ["value"] = new JsonObject { ["verb"] = PollCard.VoteVerb, ["pollId"] = "p1", ["choice"] = "b" },
        });
        await _polls.Host.SendAsync(submit);
        var sentBefore = _polls.Connector.Sent.Count;

        using var again = await _polls.Host.SendAsync(submit);

        Assert.True(again.IsSuccessStatusCode);
        await _polls.SettleAsync();
        Assert.Equal(sentBefore, _polls.Connector.Sent.Count);
        Assert.Equal(["b"], Assert.Single(await _polls.AnswersAsync("p1")).Choices);
    }

    [Fact]
    public async Task A_vote_refused_because_the_poll_closed_is_still_refused_when_delivered_again_to_another_instance()
    {
        await using var other = await SecondInstanceClosedElsewhereAsync();
        var late = Vote(Teams.Participant, "b");
        var first = await SendAsync(late);
        using var againResponse = await other.SendAsync(late.DeepClone());
        var again = JsonNode.Parse(await againResponse.Content.ReadAsStringAsync())!;

        Assert.Contains("your answer was not recorded", WireCards.AllText(first["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("Your answer:", WireCards.AllText(again["value"]!), StringComparison.Ordinal);
        Assert.Contains("your answer was not recorded", WireCards.AllText(again["value"]!), StringComparison.Ordinal);
        Assert.Equal(2, (await _polls.AnswersAsync("p1")).Count);
    }

    [Fact]
    public async Task A_submit_fallback_vote_refused_because_the_poll_closed_says_so_once_when_delivered_again()
    {
        await using var other = await SecondInstanceClosedElsewhereAsync();
        var submit = _polls.Teams.Activity("message", Teams.Participant, new JsonObject
        {
            ["text"] = "",
            ["replyToId"] = _cardId,
            ["value"] = new JsonObject { ["verb"] = PollCard.VoteVerb, ["pollId"] = "p1", ["choice"] = "b" },
        });
        using var first = await _polls.Host.SendAsync(submit.DeepClone());

        using var again = await other.SendAsync(submit.DeepClone());

        // The refusal is sent before the POST returns; the second copy adds no second one to the chat.
        Assert.True(again.IsSuccessStatusCode);
        Assert.Single(_polls.Texts(), t => t.Contains("your answer was not recorded", StringComparison.Ordinal));
        Assert.Equal(2, (await _polls.AnswersAsync("p1")).Count);
    }

    // Two instances on one database, both still holding the poll as open when a third closes it.
    private async Task<BotTestHost> SecondInstanceClosedElsewhereAsync()
    {
        var other = await BotTestHost.StartAsync(_polls.Connector, _polls.Host.DatabasePath);
        await SendAsync(Vote(PollHost.NewUser(1), "a"));
        using (var warm = await other.SendAsync(Vote(PollHost.NewUser(2), "a").DeepClone()))
        {
            warm.EnsureSuccessStatusCode();
        }

        await CloseInStoreAsync();
        return other;
    }

    private async Task CloseInStoreAsync()
    {
        var id = new PollId("p1");
        var poll = (await _polls.Store.FindAsync(_polls.Teams.ConversationId, id, CancellationToken.None))!;
        var expected = poll.Version;
        Assert.Null(poll.Close(DateTimeOffset.UtcNow, "chair"));
        var committer = _polls.Host.Services.GetRequiredService<IChangeCommitter>();
        var saved = await committer.CommitAsync(new ChangeSet(_polls.Teams.ConversationId, [], [new StagedWrite.SavePoll(poll, expected)]), CancellationToken.None);
        Assert.IsType<CommitResult.Stored>(saved);
    }

    private JsonObject Vote(TeamsUser voter, string choice) =>
        _polls.Teams.Execute(voter, PollCard.VoteVerb, new JsonObject { ["verb"] = PollCard.VoteVerb, ["pollId"] = "p1", ["choice"] = choice }, _cardId);

    private async Task<JsonNode> SendAsync(JsonObject activity)
    {
        // A copy per send: the same activity (same id), as Teams would deliver it again.
        using var response = await _polls.Host.SendAsync(activity.DeepClone());
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
