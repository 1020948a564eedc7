using TeamsDialogueBot.Bot.Commands;

namespace TeamsDialogueBot.Bot.Tests.Commands;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("next", "next", "")]
    [InlineData("/next", "next", "")]
    [InlineData("/ GOTO  III ", "goto", "III")]
    [InlineData("q+ to say something long", "q+", "to say something long")]
    [InlineData("poll\n\"Q?\" \"A\"", "poll", "\"Q?\" \"A\"")]
    public void Verb_is_lower_case_and_the_arguments_keep_their_case(string text, string verb, string arguments)
    {
        var command = CommandText.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(verb, command.Verb);
        Assert.Equal(arguments, command.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    public void Empty_message_is_no_command(string text) => Assert.Null(CommandText.Parse(text));
}
