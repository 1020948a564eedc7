using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class PollCommandTests
{
    private static PollCommand Ok(string args)
    {
        var result = PollCommand.Parse(args);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static PollErrorCode Bad(string? args)
    {
        var result = PollCommand.Parse(args);
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error.Code;
    }

    [Fact]
    public void Ad_hoc_poll_with_options_is_single_choice_by_default()
    {
        var spec = Ok("\"Which priority first?\" \"Protection\" \"Participation\"").Spec!;

        Assert.Equal("Which priority first?", spec.Question);
        Assert.Equal(PollKind.SingleChoice, spec.Kind);
        Assert.Equal(["Protection", "Participation"], spec.Options);
        Assert.False(spec.Anonymous);
        Assert.False(spec.Hidden);
    }

    [Fact]
    public void Curly_and_low_quotes_from_phones_are_accepted()
    {
        var spec = Ok("“Which priority first?” „Protection“ “Participation” multi anonymous hidden").Spec!;

        Assert.Equal(PollKind.MultipleChoice, spec.Kind);
        Assert.Equal(["Protection", "Participation"], spec.Options);
        Assert.True(spec.Anonymous);
        Assert.True(spec.Hidden);
    }

    [Fact]
    public void Max_implies_multiple_choice()
    {
        var spec = Ok("\"Pick two\" \"A\" \"B\" \"C\" MAX=2").Spec!;

        Assert.Equal(PollKind.MultipleChoice, spec.Kind);
        Assert.Equal(2, spec.MaxSelections);
    }

    [Fact]
    public void Question_alone_is_an_open_text_poll()
    {
        Assert.Equal(PollKind.OpenText, Ok("\"What should the report stress?\"").Spec!.Kind);
    }

    [Fact]
    public void Rating_takes_two_end_labels()
    {
        var spec = Ok("\"How useful?\" rating \"Not at all\" \"Very\"").Spec!;

        Assert.Equal(PollKind.Rating, spec.Kind);
        Assert.Empty(spec.Options);
        Assert.Equal("Not at all", spec.LowLabel);
        Assert.Equal("Very", spec.HighLabel);
    }

    [Fact]
    public void Ranking_flag_makes_a_ranking()
    {
        Assert.Equal(PollKind.Ranking, Ok("\"Order these\" \"A\" \"B\" \"C\" ranking").Spec!.Kind);
    }

    [Fact]
    public void Guiding_question_with_flags()
    {
        var command = Ok("Q3 anon hidden");

        Assert.Equal(PollCommandKind.LaunchGuidingQuestion, command.Kind);
        Assert.Equal(3, command.GuidingQuestionNumber);
        Assert.True(command.Anonymous);
        Assert.True(command.Hidden);
    }

    [Theory]
    [InlineData("close", PollCommandKind.Close, null)]
    [InlineData("close p2", PollCommandKind.Close, "p2")]
    [InlineData("Reveal 3", PollCommandKind.Reveal, "p3")]
    [InlineData("results P12", PollCommandKind.Results, "p12")]
    public void Close_reveal_results_take_an_optional_id(string args, PollCommandKind kind, string? target)
    {
        var command = Ok(args);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(target, command.Target?.Value);
    }

    [Theory]
    [InlineData(null, PollErrorCode.Syntax)]
    [InlineData("   ", PollErrorCode.Syntax)]
    [InlineData("Which first? A B", PollErrorCode.Syntax)]
    [InlineData("\"Which first?\" \"A\" \"B", PollErrorCode.UnclosedQuote)]
    [InlineData("\"Which first?\" \"A\" \"B\" bogus", PollErrorCode.UnknownWord)]
    [InlineData("\"Which first?\" \"A\" \"B\" multi ranking", PollErrorCode.SeveralKinds)]
    [InlineData("\"Which first?\" \"Only one\"", PollErrorCode.TooFewOptions)]
    [InlineData("\"Which first?\" \"A\" \"a \"", PollErrorCode.DuplicateOption)]
    [InlineData("\"Which first?\" \"A\" \"\"", PollErrorCode.OptionMissing)]
    [InlineData("\"  \" \"A\" \"B\"", PollErrorCode.QuestionMissing)]
    [InlineData("\"\u200B\" \"A\" \"B\"", PollErrorCode.QuestionMissing)]
    [InlineData("\"Which first?\" \"A\" \"\u200B\u2060\"", PollErrorCode.OptionMissing)]
    [InlineData("\"Which first?\" \"A\" \"A\u200B\"", PollErrorCode.DuplicateOption)]
    [InlineData("\"Which\u0007 first?\" \"A\" \"B\"", PollErrorCode.UnsafeCharacters)]
    [InlineData("\"Which first?\" \"A\" \"\u0001\"", PollErrorCode.UnsafeCharacters)]
    [InlineData("\"Which first?\" \"A\" \"\u202Eevil\"", PollErrorCode.UnsafeCharacters)]
    [InlineData("\"How useful?\" rating \"Low\u2066\" \"High\"", PollErrorCode.UnsafeCharacters)]
    [InlineData("\"Which first?\" \"A\" \"B\" max=3", PollErrorCode.InvalidMaxSelections)]
    [InlineData("\"Which first?\" \"A\" \"B\" max=0", PollErrorCode.InvalidMaxSelections)]
    [InlineData("\"Which first?\" \"A\" \"B\" max=two", PollErrorCode.InvalidMaxSelections)]
    [InlineData("\"Which first?\" \"A\" \"B\" ranking max=2", PollErrorCode.MaxOnlyMultipleChoice)]
    [InlineData("\"How useful?\" rating max=2", PollErrorCode.MaxOnlyMultipleChoice)]
    [InlineData("\"Your idea?\" text max=1", PollErrorCode.MaxOnlyMultipleChoice)]
    [InlineData("\"Which?\" \"A\" \"B\" single max=1", PollErrorCode.MaxOnlyMultipleChoice)]
    [InlineData("\"How useful?\" rating \"Low\"", PollErrorCode.RatingLabels)]
    [InlineData("\"Ideas?\" text \"A\" \"B\"", PollErrorCode.OptionsNotAllowed)]
    [InlineData("q0", PollErrorCode.Syntax)]
    [InlineData("q3 multi", PollErrorCode.GuidingQuestionFlags)]
    [InlineData("close p2 p3", PollErrorCode.SeveralPollsNamed)]
    [InlineData("close everything", PollErrorCode.InvalidPollId)]
    public void Bad_commands_are_refused_with_a_reason(string? args, PollErrorCode expected)
    {
        Assert.Equal(expected, Bad(args));
    }

    [Fact]
    public void Question_over_300_characters_is_refused()
    {
        Assert.Equal(PollErrorCode.QuestionTooLong, Bad($"\"{new string('x', 301)}\" \"A\" \"B\""));
        Assert.True(PollCommand.Parse($"\"{new string('x', 300)}\" \"A\" \"B\"").IsSuccess);
    }

    [Fact]
    public void Option_over_100_characters_is_refused()
    {
        Assert.Equal(PollErrorCode.OptionTooLong, Bad($"\"Q?\" \"A\" \"{new string('x', 101)}\""));
    }

    [Fact]
    public void Lengths_count_characters_as_the_chair_sees_them_so_emoji_and_flags_count_once()
    {
        var flags = string.Concat(Enumerable.Repeat("\U0001F1EB\U0001F1F7", 300)); // 300 flags, 1,200 UTF-16 units
        var thumbs = string.Concat(Enumerable.Repeat("\U0001F44D", 100));

        Assert.True(PollCommand.Parse($"\"{flags}\" \"{thumbs}\" \"B\"").IsSuccess);
        Assert.True(PollCommand.Parse($"\"How useful?\" rating \"{thumbs}\" \"High\"").IsSuccess);
        Assert.Equal(PollErrorCode.QuestionTooLong, Bad($"\"{flags}\U0001F1EB\U0001F1F7\" \"A\" \"B\""));
        Assert.Equal(PollErrorCode.OptionTooLong, Bad($"\"Q?\" \"{thumbs}\U0001F44D\" \"B\""));
        Assert.Equal(PollErrorCode.OptionTooLong, Bad($"\"Q?\" \"a{new string('\u0301', 1_600)}\" \"B\"")); // one character, 1,601 units
    }

    [Fact]
    public void A_rating_label_of_only_invisible_characters_is_no_label()
    {
        var poll = PollFixtures.Launch("\"How useful?\" rating \"\u200B\uFEFF\" \"Very\"");

        Assert.Null(poll.Scale!.LowLabel);
        Assert.Equal("Very", poll.Scale.HighLabel);
    }

    [Fact]
    public void Ten_options_are_allowed_eleven_are_not()
    {
        var ten = string.Join(' ', Enumerable.Range(1, 10).Select(i => $"\"O{i}\""));

        Assert.True(PollCommand.Parse($"\"Q?\" {ten}").IsSuccess);
        Assert.Equal(PollErrorCode.TooManyOptions, Bad($"\"Q?\" {ten} \"O11\""));
    }
}
