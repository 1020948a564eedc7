using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Domain.Tests.QandA;

public sealed class AddresseesTests
{
    private static readonly Panel Protection = new("Protection and assistance", null)
    {
        Moderator = new PanelMember("Jean Martin", "UNODC"),
        Panellists = [new PanelMember("Ana Maria Silva", "IOM"), new PanelMember("Li Wei", null), new PanelMember("Ana Costa", "UNHCR")],
    };

    [Theory]
    [InlineData("ana maria   SILVA", "Ana Maria Silva")]
    [InlineData("Silva", "Ana Maria Silva")]
    [InlineData("wei", "Li Wei")]
    [InlineData("Costa", "Ana Costa")]
    public void A_panellist_is_found_by_name_in_any_case_or_by_a_word_only_they_have(string typed, string expected) =>
        Assert.Equal(expected, Addressees.Find(Protection, typed));

    [Theory]
    [InlineData("Ana")]
    [InlineData("Li")]
    [InlineData("Jean Martin")]
    [InlineData("Nobody")]
    public void A_word_two_panellists_share_a_particle_the_moderator_or_a_stranger_is_no_addressee(string typed) =>
        Assert.Null(Addressees.Find(Protection, typed));

    [Fact]
    public void The_start_of_a_question_names_the_panellist_longest_name_first()
    {
        Assert.Equal(("Ana Maria Silva", "what does IOM do?"), Addressees.StartOf(Protection, "Ana Maria Silva: what does IOM do?"));
        Assert.Equal(("Li Wei", "how many cases?"), Addressees.StartOf(Protection, "Li Wei, how many cases?"));
        Assert.Equal(("Ana Costa", "and returns?"), Addressees.StartOf(Protection, "costa and returns?"));
        Assert.Null(Addressees.StartOf(Protection, "what extent is the review public?"));
        Assert.Null(Addressees.StartOf(null, "Li Wei, how many?"));
    }
}
