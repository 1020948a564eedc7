using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>Polls end to end: chairs launch and close through the chat, participants vote on the card.</summary>
public sealed class PollFlowTests : IAsyncLifetime
{
    private PollHost _polls = null!;

    public async Task InitializeAsync() => _polls = await PollHost.StartAsync();

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    [Fact]
    public async Task Poll_q3_posts_the_guiding_question_as_an_open_answer_card()
    {
        var question = ProgrammeLoader.LoadBuiltIn().FindGuidingQuestion(3)!;

        var cardId = await _polls.LaunchAsync("poll q3");

        var card = _polls.Connector.LastCardFor(cardId)!;
        var text = WireCards.AllText(card);
        Assert.Contains("Poll p1", text, StringComparison.Ordinal);
        Assert.Contains("guiding question 3", text, StringComparison.Ordinal);
        Assert.Contains(question.Text[..20], text, StringComparison.Ordinal);
        Assert.Contains("\"Input.Text\"", card.ToJsonString(), StringComparison.Ordinal);
        var action = card["actions"]![0]!;
        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal("poll.vote", action["verb"]!.GetValue<string>());
        Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_vote_shows_the_voter_their_answer_and_a_change_replaces_it()
    {
        var cardId = await _polls.LaunchAsync("poll \"Which format?\" \"Hybrid\" \"Online\" \"In person\"");

        var first = await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["choice"] = "a" }, cardId);
        var second = await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["choice"] = "c" }, cardId);

        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]!.GetValue<string>());
        Assert.Contains("Your answer: Hybrid", WireCards.AllText(first["value"]!), StringComparison.Ordinal);
        Assert.Contains("Your answer: In person", WireCards.AllText(second["value"]!), StringComparison.Ordinal);
        var answer = Assert.Single(await _polls.AnswersAsync("p1"));
        Assert.Equal(["c"], answer.Choices);

        await _polls.SettleAsync();
        var shared = WireCards.AllText(_polls.Connector.LastCardFor(cardId)!);
        Assert.Contains("1 respondent", shared, StringComparison.Ordinal);
        Assert.Contains("100% (1) In person", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_posts_the_final_results_and_turns_the_shared_card_closed()
    {
        var cardId = await _polls.LaunchAsync("poll \"Continue after lunch?\" \"Yes\" \"No\"");
        await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["choice"] = "a" }, cardId);
        await _polls.VoteAsync(Teams.Chair, new JsonObject { ["pollId"] = "p1", ["choice"] = "b" }, cardId);

        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "poll close"));
        await _polls.SettleAsync();

        var results = WireCards.AllText(WireCards.OnlyCard([_polls.Connector.Sent[^1]]));
        Assert.Contains("Final results — poll p1", results, StringComparison.Ordinal);
        Assert.Contains("2 respondents", results, StringComparison.Ordinal);
        Assert.Contains("50% (1) Yes", results, StringComparison.Ordinal);
        var shared = _polls.Connector.LastCardFor(cardId)!;
        Assert.Contains("This poll is closed.", WireCards.AllText(shared), StringComparison.Ordinal);
        Assert.Null(shared["actions"]);
    }

    [Fact]
    public async Task A_hidden_poll_shows_only_the_count_until_revealed()
    {
        var cardId = await _polls.LaunchAsync("poll \"Rate the panel\" rating hidden");
        await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["rating"] = "4" }, cardId);
        await _polls.SettleAsync();

        var hidden = _polls.Connector.LastCardFor(cardId)!;
        Assert.Contains("1 respondent", WireCards.AllText(hidden), StringComparison.Ordinal);
        Assert.Contains("hidden until the co-chairs reveal", WireCards.AllText(hidden), StringComparison.Ordinal);
        Assert.DoesNotContain("Chart.HorizontalBar", hidden.ToJsonString(), StringComparison.Ordinal);

        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "poll reveal"));
        await _polls.SettleAsync();

        var revealed = _polls.Connector.LastCardFor(cardId)!;
        Assert.Contains("Chart.HorizontalBar", revealed.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Average 4.0 of 5", WireCards.AllText(revealed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_cannot_launch_or_close_a_poll()
    {
        await _polls.LaunchAsync("poll \"Q?\" \"A\" \"B\"");

        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Participant, "poll \"Mine?\" \"X\" \"Y\""));
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Participant, "poll close"));

        Assert.Equal(2, _polls.Texts().Count(t => t.Contains("is for the co-chairs", StringComparison.Ordinal)));
        var polls = await _polls.Store.ListAsync(_polls.Teams.ConversationId, CancellationToken.None);
        Assert.True(Assert.Single(polls).IsOpen);
    }

    [Fact]
    public async Task Inputs_lists_the_open_answers_grouped_with_counts()
    {
        var cardId = await _polls.LaunchAsync("poll q1");
        await _polls.VoteAsync(Teams.Participant, new JsonObject { ["pollId"] = "p1", ["text"] = "More time for NGOs" }, cardId);
        await _polls.VoteAsync(Teams.Chair, new JsonObject { ["pollId"] = "p1", ["text"] = "More time for NGOs" }, cardId);
        await _polls.VoteAsync(PollHost.NewUser(3), new JsonObject { ["pollId"] = "p1", ["text"] = "[click](https://evil.example)" }, cardId);

        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Participant, "inputs"));

        var text = WireCards.AllText(WireCards.OnlyCard([_polls.Connector.Sent[^1]]));
        Assert.Contains("• More time for NGOs (×2)", text, StringComparison.Ordinal);
        // Escaped, and the address broken (an invisible word joiner) so that Teams can't make a link of it.
        Assert.Contains("\\[click\\]\\(https:\u2060//evil.example\\)", text, StringComparison.Ordinal);
    }
}
