using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using static TeamsDialogueBot.Bot.Tests.Polls.PollFixtures;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class PollLifecycleTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Ad_hoc_poll_gets_short_option_keys_and_opens()
    {
        var poll = Launch("\"Which first?\" \" Protection \" \"Participation\" \"Prevention\"", sequence: 4);

        Assert.Equal("p4", poll.Id.Value);
        Assert.Equal(["a", "b", "c"], poll.Options.Select(o => o.Key));
        Assert.Equal("Protection", poll.Options[0].Label);
        Assert.True(poll.IsOpen);
        Assert.Equal(1, poll.Version);
        Assert.Equal(2, poll.AgendaItemIndex);
    }

    [Fact]
    public void Close_records_who_and_when_and_refuses_a_second_close()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"");

        Assert.Null(poll.Close(Now.AddMinutes(5), "chair-2"));
        Assert.Equal(PollState.Closed, poll.State);
        Assert.Equal(Now.AddMinutes(5), poll.ClosedAt);
        Assert.Equal("chair-2", poll.ClosedBy);
        Assert.Equal(2, poll.Version);

        Assert.Equal(PollErrorCode.AlreadyClosed, poll.Close(Now.AddMinutes(6), "chair-1")?.Code);
        Assert.Equal(Now.AddMinutes(5), poll.ClosedAt);
        Assert.Equal(2, poll.Version);
    }

    [Fact]
    public void Reveal_needs_a_hidden_unrevealed_poll_and_works_while_open()
    {
        var visible = Launch("\"Q?\" \"A\" \"B\"");
        Assert.Equal(PollErrorCode.NotHidden, visible.Reveal(Now, "chair-1")?.Code);

        var hidden = Launch("\"Q?\" \"A\" \"B\" hidden");
        Assert.False(hidden.ShowsResults);
        Assert.Null(hidden.Reveal(Now.AddMinutes(1), "chair-1"));
        Assert.True(hidden.ShowsResults);
        Assert.True(hidden.IsOpen);
        Assert.Equal("chair-1", hidden.RevealedBy);
        Assert.Equal(PollErrorCode.AlreadyRevealed, hidden.Reveal(Now.AddMinutes(2), "chair-1")?.Code);
    }

    [Fact]
    public void Guiding_question_without_template_is_open_text()
    {
        var result = Poll.FromGuidingQuestion(PollId.Next(1), new GuidingQuestion(3, "What works?"), anonymous: true, hidden: false, null, "chair-1", Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(PollKind.OpenText, result.Value.Kind);
        Assert.Equal(3, result.Value.GuidingQuestionNumber);
        Assert.True(result.Value.Anonymous);
        Assert.Empty(result.Value.Options);
    }

    [Theory]
    [InlineData("single", PollKind.SingleChoice)]
    [InlineData("Multi", PollKind.MultipleChoice)]
    [InlineData("ranking", PollKind.Ranking)]
    public void Guiding_question_template_gives_kind_and_options(string kind, PollKind expected)
    {
        var question = new GuidingQuestion(5, "Which first?") { Poll = new PollTemplate(kind, ["Protection", "Participation"]) };

        var poll = Poll.FromGuidingQuestion(PollId.Next(2), question, false, false, 1, "chair-1", Now).Value!;

        Assert.Equal(expected, poll.Kind);
        Assert.Equal(["Protection", "Participation"], poll.Options.Select(o => o.Label));
    }

    [Fact]
    public void Rating_template_options_are_end_labels()
    {
        var question = new GuidingQuestion(1, "How useful?") { Poll = new PollTemplate("rating", ["Not at all", "Very"]) };

        var poll = Poll.FromGuidingQuestion(PollId.Next(1), question, false, false, null, "chair-1", Now).Value!;

        Assert.Equal(new RatingScale(1, 5, "Not at all", "Very"), poll.Scale);
        Assert.Empty(poll.Options);
    }

    [Theory]
    [InlineData("poll-of-polls", 2)]
    [InlineData("single", 1)]
    [InlineData("rating", 3)]
    public void Invalid_template_is_reported_as_a_programme_problem(string kind, int optionCount)
    {
        var options = Enumerable.Range(1, optionCount).Select(i => $"O{i}").ToList();
        var question = new GuidingQuestion(7, "Q?") { Poll = new PollTemplate(kind, options) };

        var result = Poll.FromGuidingQuestion(PollId.Next(1), question, false, false, null, "chair-1", Now);

        Assert.Equal(PollErrorCode.InvalidTemplate, result.Error?.Code);
        Assert.Contains("q7", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_round_trips_through_json()
    {
        var poll = Launch("\"Pick two\" \"A\" \"B\" \"C\" max=2 anonymous hidden", sequence: 3);
        poll.Reveal(Now.AddMinutes(1), "chair-1");
        poll.Close(Now.AddMinutes(2), "chair-2");

        var json = JsonSerializer.Serialize(poll.ToSnapshot(), Json);
        var restored = Poll.FromSnapshot(JsonSerializer.Deserialize<PollSnapshot>(json, Json)!);

        Assert.Contains("\"Kind\":\"MultipleChoice\"", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(restored.ToSnapshot(), Json));
        Assert.Equal(poll.Id, restored.Id);
        Assert.Equal(3, restored.Version);
        Assert.Equal(PollErrorCode.AlreadyClosed, restored.Close(Now, "chair-1")?.Code);
    }

    [Fact]
    public void Answer_round_trips_through_json()
    {
        var poll = Launch("\"Pick\" \"A\" \"B\" \"C\" multi");
        var answer = Vote(poll, "voter-1", 1, ("choice", "c,a"));

        var restored = JsonSerializer.Deserialize<Answer>(JsonSerializer.Serialize(answer, Json), Json)!;

        Assert.Equal(answer.PollId, restored.PollId);
        Assert.Equal(answer.Voter, restored.Voter);
        Assert.Equal(["a", "c"], restored.Choices);
        Assert.Equal(answer.AnsweredAt, restored.AnsweredAt);
    }

    [Fact]
    public void Target_without_id_is_the_only_open_poll_or_asks_which()
    {
        var first = Launch("\"Q1?\" \"A\" \"B\"", 1, Now);
        var second = Launch("\"Q2?\" \"A\" \"B\" hidden", 2, Now.AddMinutes(1));
        Poll[] polls = [first, second];

        Assert.Equal(PollErrorCode.AmbiguousPoll, PollTarget.Resolve(PollCommandKind.Close, null, polls).Error?.Code);
        Assert.Same(second, PollTarget.Resolve(PollCommandKind.Reveal, null, polls).Value);
        Assert.Same(second, PollTarget.Resolve(PollCommandKind.Results, null, polls).Value);
        Assert.Same(first, PollTarget.Resolve(PollCommandKind.Close, PollId.Next(1), polls).Value);
        Assert.Equal(PollErrorCode.UnknownPoll, PollTarget.Resolve(PollCommandKind.Close, PollId.Next(9), polls).Error?.Code);

        second.Close(Now.AddMinutes(2), "chair-1");
        Assert.Same(first, PollTarget.Resolve(PollCommandKind.Close, null, polls).Value);
        first.Close(Now.AddMinutes(3), "chair-1");
        Assert.Equal(PollErrorCode.NoPoll, PollTarget.Resolve(PollCommandKind.Close, null, polls).Error?.Code);
    }
}
