using TeamsDialogueBot.Bot.Routing;

namespace TeamsDialogueBot.Bot.Tests.Routing;

public sealed class ActivityRouterTests
{
    private static Task Nothing(CommandTurn turn, CancellationToken cancellationToken) => Task.CompletedTask;

    [Fact]
    public void A_command_and_its_aliases_find_the_same_handler_in_any_case()
    {
        var router = new ActivityRouter();
        router.OnCommand(Nothing, "q+", "hand");

        Assert.Same(router.FindCommand("q+"), router.FindCommand("HAND"));
        Assert.Null(router.FindCommand("q-"));
    }

    [Fact]
    public void Routing_a_command_twice_throws()
    {
        var router = new ActivityRouter();
        router.OnCommand(Nothing, "next");

        var error = Assert.Throws<InvalidOperationException>(() => router.OnCommand(Nothing, "skip", "next"));
        Assert.Contains("'next'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Routing_a_card_verb_twice_throws()
    {
        var router = new ActivityRouter();
        router.OnCardAction("poll.vote", (_, _) => Task.FromResult(CardActionResult.Say("ok")));

        Assert.Throws<InvalidOperationException>(() => router.OnCardAction("poll.vote", (_, _) => Task.FromResult(CardActionResult.Say("again"))));
    }
}
