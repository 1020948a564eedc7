using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.QandA;

public sealed class AskArgumentsTests
{
    private static readonly Panel Protection = new("Protection", null)
    {
        Panellists = [new PanelMember("Ana Maria Silva", "IOM"), new PanelMember("Li Wei", null)],
    };

    [Theory]
    [InlineData("What comes next?", "What comes next?", false, null)]
    [InlineData("anonymous What comes next?", "What comes next?", true, null)]
    [InlineData("to Li Wei: How many?", "How many?", false, "Li Wei")]
    [InlineData("anonymous to silva, and shelters?", "and shelters?", true, "Ana Maria Silva")]
    [InlineData("to Li Wei anonymously How many?", "How many?", true, "Li Wei")]
    [InlineData("to what extent is it public?", "to what extent is it public?", false, null)]
    [InlineData("Anonymous", "", true, null)]
    [InlineData("anonymous: why is this so?", "why is this so?", true, null)]
    [InlineData("Anonymously, why?", "why?", true, null)]
    [InlineData("(anonymous) why?", "why?", true, null)]
    [InlineData("anonymous:why?", "why?", true, null)]
    [InlineData("anonymous - to Li Wei: How many?", "How many?", true, "Li Wei")]
    [InlineData("Anonymity matters: why?", "Anonymity matters: why?", false, null)]
    [InlineData("https://example.org is it public?", "https://example.org is it public?", false, null)]
    public void Ask_reads_anonymity_the_addressee_and_the_question(string arguments, string text, bool anonymous, string? addressee)
    {
        var request = AskArguments.Parse(arguments, Protection);

        Assert.Equal(new AskRequest(text, anonymous, addressee, null), request);
    }

    [Fact]
    public void A_name_before_a_colon_that_is_no_panellist_is_refused_not_kept_in_the_question()
    {
        Assert.Equal(new AskRequest("Why?", false, null, "Jean Martin"), AskArguments.Parse("to Jean Martin: Why?", Protection));
        Assert.Equal(new AskRequest("Why?", false, null, "Li Wei"), AskArguments.Parse("to Li Wei: Why?", null));
    }
}
