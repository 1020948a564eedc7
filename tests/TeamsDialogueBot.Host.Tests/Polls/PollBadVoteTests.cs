using System.Text;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>Every malformed or late vote: a private error view, HTTP 200, nothing recorded, nothing crashes.</summary>
public sealed class PollBadVoteTests : IAsyncLifetime
{
    private PollHost _polls = null!;
    private string _choiceCard = "";
    private string _textCard = "";

    public async Task InitializeAsync()
    {
        _polls = await PollHost.StartAsync();
        _choiceCard = await _polls.LaunchAsync("poll \"Which panel?\" \"First\" \"Second\"");
        _textCard = await _polls.LaunchAsync("poll \"Your input?\" text");
        await _polls.LaunchAsync("poll \"How useful?\" rating");
    }

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    public static TheoryData<string, string> BadVotes() => new()
    {
        { """{"choice":"a"}""", "does not say which poll" },
        { """{"pollId":"p1","choice":"z"}""", "not part of poll p1" },
        { """{"pollId":"p1","choice":"a,b"}""", "Pick only one option" },
        { """{"pollId":"p1"}""", "Pick an option first" },
        { """{"pollId":"p3","rating":"great"}""", "whole number" },
        { """{"pollId":"p3","rating":9}""", "between 1 and 5" },
        { """{"pollId":"p2","text":"   "}""", "Write an answer first" },
        { """{"pollId":"p9","choice":"a"}""", "There is no poll p9" },
        { """{"pollId":"p1","choice":{"nested":true}}""", "not part of poll p1" },
    };

    [Theory]
    [MemberData(nameof(BadVotes))]
    public async Task A_bad_vote_gets_an_error_view_and_records_nothing(string data, string explanation)
    {
        var body = await _polls.VoteAsync(Teams.Participant, JsonNode.Parse(data)!.AsObject(), _choiceCard);

        AssertErrorView(body, explanation);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task An_answer_over_500_characters_is_refused()
    {
        var body = await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p2", ["text"] = new string('x', 501) }, _textCard);

        AssertErrorView(body, "the limit is 500");
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task A_vote_after_close_is_refused_and_the_earlier_answer_stays()
    {
        await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["choice"] = "a" }, _choiceCard);
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "poll close p1"));

        var body = await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["choice"] = "b" }, _choiceCard);

        AssertErrorView(body, "Poll p1 is closed; your answer was not recorded");
        Assert.Equal(["a"], Assert.Single(await _polls.AnswersAsync("p1")).Choices);
    }

    [Fact]
    public async Task A_submit_fallback_vote_counts_like_an_execute()
    {
        var submit = _polls.Teams.Activity("message", Teams.Participant, new JsonObject
        {
            ["text"] = "",
            ["replyToId"] = _choiceCard,
            ["value"] = new JsonObject { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = "b" },
        });

        await _polls.Host.SendAsync(submit);

        Assert.Equal(["b"], Assert.Single(await _polls.AnswersAsync("p1")).Choices);
    }

    private static void AssertErrorView(JsonNode body, string explanation)
    {
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var text = WireCards.AllText(body["value"]!);
        Assert.Contains("⚠", text, StringComparison.Ordinal);
        Assert.Contains(explanation, text, StringComparison.Ordinal);
    }

    private async Task AssertNothingRecordedAsync()
    {
        foreach (var poll in new[] { "p1", "p2", "p3" })
        {
            Assert.Empty(await _polls.AnswersAsync(poll));
        }
    }
}
