using TeamsDialogueBot.Domain.Inputs;
using static TeamsDialogueBot.Domain.Tests.Inputs.InputKit;

namespace TeamsDialogueBot.Domain.Tests.Inputs;

public sealed class InputRulesTests
{
    [Fact]
    public void Texts_are_trimmed_line_breaks_normalised_and_blank_optional_texts_dropped()
    {
        var problems = InputRules.Check(Draft(title: "  Helpline \n", description: " Line one\r\nLine two\rLine three ", organisation: "   ", link: "  https://example.org/a?b=c#d  "), Agenda, out var content);

        Assert.Empty(problems);
        Assert.Equal(new InputContent(null, "Helpline", "Line one\nLine two\nLine three", "https://example.org/a?b=c#d", 1, null, InputAttribution.Named), content);
    }

    [Theory]
    [InlineData(null, "x", InputField.Title, InputRule.Empty)]
    [InlineData(" \t ", "x", InputField.Title, InputRule.Empty)]
    [InlineData("Two\nlines", "x", InputField.Title, InputRule.ControlCharacters)]
    [InlineData("Tab\there", "x", InputField.Title, InputRule.ControlCharacters)]
    [InlineData("x", "", InputField.Description, InputRule.Empty)]
    [InlineData("x", "Bell\u0007", InputField.Description, InputRule.ControlCharacters)]
    [InlineData("x", "Tab\tin description", InputField.Description, InputRule.ControlCharacters)]
    [InlineData("x", "Escape\u001b[31m", InputField.Description, InputRule.ControlCharacters)]
    public void Empty_texts_and_control_characters_are_problems_of_their_field(string? title, string description, InputField field, InputRule rule)
    {
        var problems = InputRules.Check(Draft(title: title, description: description), Agenda, out var content);

        Assert.Equal([new InputProblem(field, rule)], problems);
        Assert.Null(content);
    }

    [Fact]
    public void Each_text_may_be_as_long_as_its_limit_and_not_one_character_longer()
    {
        var atLimit = Draft(
            title: new string('t', InputLimits.Title),
            description: new string('d', InputLimits.Description),
            organisation: new string('o', InputLimits.Organisation),
            link: "https://example.org/" + new string('l', InputLimits.Link - 20));
        var over = atLimit with
        {
            Title = atLimit.Title + "t",
            Description = atLimit.Description + "d",
            Organisation = atLimit.Organisation + "o",
            Link = atLimit.Link + "l",
        };

        Assert.Empty(InputRules.Check(atLimit, Agenda, out _));
        var problems = InputRules.Check(over, Agenda, out _);
        Assert.Equal([InputField.Organisation, InputField.Title, InputField.Description, InputField.Link], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal(InputRule.TooLong, p.Rule));
    }

    [Theory]
    [InlineData("http://example.org")]
    [InlineData("ftp://example.org/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org")]
    [InlineData("https://")]
    [InlineData("https://bank.example@evil.example/")]
    [InlineData("https://exa mple.org")]
    [InlineData("/relative/path")]
    public void A_link_must_be_an_absolute_https_address(string link)
    {
        Assert.Equal([new InputProblem(InputField.Link, InputRule.NotAnHttpsLink)], InputRules.Check(Draft(link: link), Agenda, out _));
    }

    [Fact]
    public void The_item_and_guiding_question_must_be_the_programmes_and_the_attribution_known()
    {
        Assert.Equal(
            [new InputProblem(InputField.Item, InputRule.Unknown), new InputProblem(InputField.GuidingQuestion, InputRule.Unknown), new InputProblem(InputField.Attribution, InputRule.Unknown)],
            InputRules.Check(Draft(item: 2, question: 3, attribution: null), Agenda, out _));
        Assert.Contains(new InputProblem(InputField.Item, InputRule.Unknown), InputRules.Check(Draft(item: null), Agenda, out _));
        Assert.Contains(new InputProblem(InputField.Attribution, InputRule.Unknown), InputRules.Check(Draft(attribution: (InputAttribution)7), Agenda, out _));
        Assert.Empty(InputRules.Check(Draft(item: 0, question: 2), Agenda, out _));
        Assert.Equal([new InputProblem(InputField.Item, InputRule.Unknown)], InputRules.Check(Draft(item: 1) with { Panel = 2 }, Agenda, out _));
        Assert.Equal([new InputProblem(InputField.Item, InputRule.Unknown)], InputRules.Check(Draft(item: 0) with { Panel = 1 }, Agenda, out _));
        InputRules.Check(Draft(item: 1) with { Panel = 1 }, Agenda, out var onPanel);
        Assert.Equal(1, onPanel!.Panel);
    }

    [Fact]
    public void Organisation_only_needs_an_organisation_the_others_do_not()
    {
        Assert.Equal([new InputProblem(InputField.Organisation, InputRule.Empty)], InputRules.Check(Draft(organisation: " ", attribution: InputAttribution.OrganisationOnly), Agenda, out _));
        Assert.Empty(InputRules.Check(Draft(organisation: null, attribution: InputAttribution.Named), Agenda, out _));
        Assert.Empty(InputRules.Check(Draft(organisation: null, attribution: InputAttribution.Anonymous), Agenda, out _));
    }

    [Theory]
    [InlineData("i3", 3)]
    [InlineData("I12", 12)]
    [InlineData(" 7 ", 7)]
    public void Input_ids_read_as_chairs_type_them(string typed, int sequence)
    {
        Assert.True(InputId.TryParse(typed, out var id));
        Assert.Equal(InputId.Next(sequence), id);
        Assert.Equal(sequence, id.Sequence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("i")]
    [InlineData("i0")]
    [InlineData("p3")]
    [InlineData("i-1")]
    [InlineData("i1234567")]
    public void Anything_else_is_no_input_id(string typed) => Assert.False(InputId.TryParse(typed, out _));
}
