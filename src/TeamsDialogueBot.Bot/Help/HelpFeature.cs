using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Help;

/// <summary>`help`, and the answer to a command nobody knows: never silence. Lists what the router's routes declare.</summary>
public sealed class HelpFeature : IFeature
{
    private ActivityRouter? _router;

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        _router = router;
        router.OnCommand(["help", "?", "commands"], Access.Everyone, [new("help", "What you can ask me", Access.Everyone)], (c, _, ct) => ReplyAsync(c, null, ct));
        router.OnUnknownCommand((c, command, ct) =>
            ReplyAsync(c, $"I don't know \"{CardText.Truncate(CardText.Plain(command.Verb), 40)}\". Here is what I understand:", ct));
    }

    private async Task ReplyAsync(TurnContext context, string? intro, CancellationToken cancellationToken)
    {
        var isChair = await context.IsChairAsync(cancellationToken);
        var help = _router!.Help.ToList();
        // "help" first: the card opens with how to get this list again.
        var ordered = help.Where(h => h.Syntax == "help").Concat(help.Where(h => h.Syntax != "help"));
        context.Outbox.Post(HelpCard.Render(ordered, isChair, intro));
    }
}
