using TeamsDialogueBot.Host.Display;

namespace TeamsDialogueBot.Host.Tests.Display;

/// <summary>The room display's SignalR groups: one per link, named without the link's token.</summary>
public sealed class DisplayHubGroupTests
{
    [Fact]
    public void A_link_s_group_is_its_own_and_its_name_does_not_carry_the_token()
    {
        const string Token = "dGhpcy1pcy1hLWRpc3BsYXktdG9rZW4";

        var group = DisplayHub.GroupOf(Token);

        Assert.DoesNotContain(Token, group, StringComparison.Ordinal);
        Assert.DoesNotContain(Token[..12], group, StringComparison.Ordinal);
        Assert.Equal(group, DisplayHub.GroupOf(Token));
        Assert.NotEqual(group, DisplayHub.GroupOf(Token + "x"));
    }
}
