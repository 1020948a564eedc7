using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Floor;

public sealed class PhoneProfileTests
{
    private const string Browser = "AAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public void A_name_is_collapsed_and_the_group_found_among_the_lists_groups()
    {
        Assert.True(PhoneProfile.TryCreate(Browser, "  Ana   Lima ", " ", "Private-Sector", StakeholderGroups.Default, out var visitor, out _));
        Assert.Equal(new PhoneVisitor(Browser, "Ana Lima", null, "private sector"), visitor);
    }

    [Theory]
    [InlineData("", "NGO", PhoneProfileProblem.NameMissing)]
    [InlineData("Ana\u0000", "NGO", PhoneProfileProblem.ControlCharacters)]
    [InlineData("Ana\u2066x", "NGO", PhoneProfileProblem.ControlCharacters)]
    [InlineData("Ana", "Illuminati", PhoneProfileProblem.GroupUnknown)]
    [InlineData("Ana", null, PhoneProfileProblem.GroupUnknown)]
    public void What_the_list_would_not_take_is_refused(string name, string? group, PhoneProfileProblem expected)
    {
        Assert.False(PhoneProfile.TryCreate(Browser, name, null, group, StakeholderGroups.Default, out var visitor, out var problem));
        Assert.Null(visitor);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Names_and_organisations_get_the_limits_of_every_other_speaker()
    {
        var longest = new string('a', SpeakerLimits.Name);
        Assert.True(PhoneProfile.TryCreate(Browser, longest, longest, "NGO", StakeholderGroups.Default, out _, out _));
        Assert.False(PhoneProfile.TryCreate(Browser, longest + "a", null, "NGO", StakeholderGroups.Default, out _, out var name));
        Assert.False(PhoneProfile.TryCreate(Browser, "Ana", longest + "a", "NGO", StakeholderGroups.Default, out _, out var organisation));
        Assert.Equal((PhoneProfileProblem.NameTooLong, PhoneProfileProblem.OrganisationTooLong), (name, organisation));
    }
}
