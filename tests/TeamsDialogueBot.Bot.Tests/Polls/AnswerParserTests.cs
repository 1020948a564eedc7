using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Bot.Tests.Polls.PollFixtures;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class AnswerParserTests
{
    private static readonly VoterKey Voter = new("VOTER-1");

    private static PollErrorCode Refused(Poll poll, params (string Key, string? Value)[] fields)
    {
        var result = AnswerParser.Parse(poll, Data(fields), Voter, Now);
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error.Code;
    }

    [Fact]
    public void Single_choice_vote_is_read()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"");

        var answer = AnswerParser.Parse(poll, Data(("pollId", "p1"), ("choice", "b")), Voter, Now).Value!;

        Assert.Equal(["b"], answer.Choices);
        Assert.Equal(Voter, answer.Voter);
        Assert.Equal(Now, answer.AnsweredAt);
    }

    [Fact]
    public void Multi_select_values_are_put_in_option_order_without_repeats()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\" multi");

        Assert.Equal(["a", "c"], Vote(poll, "voter-1", 0, ("choice", "c, a,c")).Choices);
    }

    [Fact]
    public void Ranking_may_be_partial_from_first_place()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\" ranking");

        Assert.Equal(["c", "a"], Vote(poll, "voter-1", 0, ("rank1", "c"), ("rank2", "a"), ("rank3", "")).Choices);
    }

    [Fact]
    public void Text_is_trimmed_and_500_characters_are_allowed()
    {
        var poll = Launch("\"Ideas?\"");

        Assert.Equal("More time", Vote(poll, "voter-1", 0, ("text", "  More time \r\n")).Text);
        Assert.Equal(500, Vote(poll, "voter-1", 0, ("text", new string('x', 500))).Text!.Length);
    }

    [Fact]
    public void Poll_id_is_read_before_the_poll_is_looked_up()
    {
        Assert.Equal("p12", AnswerParser.ReadPollId(Data(("pollId", "p12"))).Value.Value);
        Assert.Equal(PollErrorCode.MissingPollId, AnswerParser.ReadPollId(Data(("choice", "a"))).Error?.Code);
        Assert.Equal(PollErrorCode.MissingPollId, AnswerParser.ReadPollId(Data(("pollId", "protection"))).Error?.Code);
    }

    [Fact]
    public void Choice_votes_refuse_bad_input()
    {
        var single = Launch("\"Q?\" \"A\" \"B\" \"C\"");
        var multi = Launch("\"Q?\" \"A\" \"B\" \"C\" max=2");

        Assert.Equal(PollErrorCode.MissingPollId, Refused(single, ("choice", "a")));
        Assert.Equal(PollErrorCode.WrongPoll, Refused(single, ("pollId", "p2"), ("choice", "a")));
        Assert.Equal(PollErrorCode.NoSelection, Refused(single, ("pollId", "p1")));
        Assert.Equal(PollErrorCode.NoSelection, Refused(single, ("pollId", "p1"), ("choice", " ")));
        Assert.Equal(PollErrorCode.UnknownOption, Refused(single, ("pollId", "p1"), ("choice", "z")));
        Assert.Equal(PollErrorCode.TooManySelections, Refused(single, ("pollId", "p1"), ("choice", "a,b")));
        Assert.Equal(PollErrorCode.TooManySelections, Refused(multi, ("pollId", "p1"), ("choice", "a,b,c")));
    }

    [Fact]
    public void Rating_votes_refuse_bad_input()
    {
        var poll = Launch("\"How useful?\" rating");

        Assert.Equal(4, Vote(poll, "voter-1", 0, ("rating", "4")).Rating);
        Assert.Equal(PollErrorCode.NoSelection, Refused(poll, ("pollId", "p1")));
        Assert.Equal(PollErrorCode.WrongType, Refused(poll, ("pollId", "p1"), ("rating", "four")));
        Assert.Equal(PollErrorCode.WrongType, Refused(poll, ("pollId", "p1"), ("rating", "4.5")));
        Assert.Equal(PollErrorCode.OutOfRange, Refused(poll, ("pollId", "p1"), ("rating", "6")));
        Assert.Equal(PollErrorCode.OutOfRange, Refused(poll, ("pollId", "p1"), ("rating", "0")));
    }

    [Fact]
    public void Text_votes_refuse_empty_and_over_500_characters()
    {
        var poll = Launch("\"Ideas?\"");

        Assert.Equal(PollErrorCode.EmptyText, Refused(poll, ("pollId", "p1")));
        Assert.Equal(PollErrorCode.EmptyText, Refused(poll, ("pollId", "p1"), ("text", " \n ")));
        Assert.Equal(PollErrorCode.EmptyText, Refused(poll, ("pollId", "p1"), ("text", "\u200B\uFEFF \u200D")));
        Assert.Equal(PollErrorCode.TextTooLong, Refused(poll, ("pollId", "p1"), ("text", new string('x', 501))));
        Assert.Equal(PollErrorCode.TextTooLong, Refused(poll, ("pollId", "p1"), ("text", "a" + new string('\u0301', 20_000)))); // one character, 20,001 units
        Assert.NotNull(Vote(poll, "voter-1", 0, ("text", string.Concat(Enumerable.Repeat("\U0001F1EB\U0001F1F7", 500)))).Text); // 500 flags
    }

    [Fact]
    public void Text_votes_refuse_control_characters_and_direction_overrides_but_keep_line_breaks()
    {
        var poll = Launch("\"Ideas?\"");

        Assert.Equal(PollErrorCode.UnsafeText, Refused(poll, ("pollId", "p1"), ("text", "more\u0000time")));
        Assert.Equal(PollErrorCode.UnsafeText, Refused(poll, ("pollId", "p1"), ("text", "\u0001")));
        Assert.Equal(PollErrorCode.UnsafeText, Refused(poll, ("pollId", "p1"), ("text", "good \u202Edab")));
        Assert.Equal("more\ntime", Vote(poll, "voter-1", 0, ("text", "more\r\ntime")).Text);
    }

    [Fact]
    public void Ranking_votes_refuse_duplicates_gaps_and_unknown_options()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\" ranking");

        Assert.Equal(PollErrorCode.DuplicateRank, Refused(poll, ("pollId", "p1"), ("rank1", "a"), ("rank2", "a")));
        Assert.Equal(PollErrorCode.RankingGap, Refused(poll, ("pollId", "p1"), ("rank1", "a"), ("rank3", "b")));
        Assert.Equal(PollErrorCode.UnknownOption, Refused(poll, ("pollId", "p1"), ("rank1", "x")));
        Assert.Equal(PollErrorCode.NoSelection, Refused(poll, ("pollId", "p1"), ("rank1", "")));
    }

    [Fact]
    public void Vote_on_a_closed_poll_is_refused()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"");
        poll.Close(Now, "chair-1");

        var result = AnswerParser.Parse(poll, Data(("pollId", "p1"), ("choice", "a")), Voter, Now);

        Assert.Equal(PollErrorCode.PollClosed, result.Error?.Code);
        Assert.Contains("closed", result.Error!.Message, StringComparison.Ordinal);
    }
}
