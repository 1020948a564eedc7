using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Tests.Routing;

public sealed class ActivityRouterTests
{
    private static Task Nothing(TurnContext context, CommandText command, CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task<CardActionResult> Ok(TurnContext context, ButtonPress press, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Say("ok"));

    [Fact]
    public void A_command_and_its_aliases_find_the_same_route_in_any_case()
    {
        var router = new ActivityRouter();
        router.OnCommand(["q+", "hand"], Access.Everyone, [], Nothing);

        Assert.Same(router.FindCommand("q+"), router.FindCommand("HAND"));
        Assert.Equal("q+", router.FindCommand("hand")!.Verb);
        Assert.Null(router.FindCommand("q-"));
    }

    [Fact]
    public void Routing_a_command_twice_throws()
    {
        var router = new ActivityRouter();
        router.OnCommand(["next"], Access.Chairs, [], Nothing);

        var error = Assert.Throws<InvalidOperationException>(() => router.OnCommand(["skip", "next"], Access.Chairs, [], Nothing));
        Assert.Contains("'next'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_verb_is_routed_once_whatever_kind_of_route()
    {
        var router = new ActivityRouter();
        router.OnCardAction("poll.vote", Access.Everyone, Ok);

        Assert.Throws<InvalidOperationException>(() => router.OnCardAction("poll.vote", Access.Everyone, Ok));
        Assert.Throws<InvalidOperationException>(() => router.OnQuery("poll.vote", (_, _, _) => Task.FromResult(CardActionResult.Say("again"))));
        Assert.Throws<InvalidOperationException>(() => router.OnDirectCardAction("poll.vote", (_, _, _) => Task.FromResult(CardActionResult.Say("again"))));
    }

    [Fact]
    public void Help_lists_what_the_routes_declare_with_their_access()
    {
        var router = new ActivityRouter();
        router.OnCommand(["next"], Access.Chairs, [new("next", "Move on", Access.Chairs)], Nothing);
        router.OnCommand(["q+"], Access.Everyone, [new("q+", "Ask for the floor", Access.Everyone), new("q+ <name>", "Add someone", Access.Chairs)], Nothing);

        Assert.Equal(["next", "q+", "q+ <name>"], router.Help.Select(h => h.Syntax));
        Assert.Equal([true, false, true], router.Help.Select(h => h.ChairsOnly));
    }

    [Fact]
    public void The_unknown_command_route_is_explicit_and_registered_once()
    {
        var router = new ActivityRouter();
        Assert.Null(router.UnknownCommand);

        router.OnUnknownCommand(Nothing);

        Assert.NotNull(router.UnknownCommand);
        Assert.Throws<InvalidOperationException>(() => router.OnUnknownCommand(Nothing));
    }
}
