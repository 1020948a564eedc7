using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Help;

/// <summary>`help`, and the answer to a command nobody knows: never silence. Lists what the router's routes declare.</summary>
public sealed class HelpFeature(DialogueLanguage languages) : IFeature
{
    private ActivityRouter? _router;

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        _router = router;
        router.OnCommand(["help", "?", "commands"], Access.Everyone, [new("help", "What you can ask me", Access.Everyone)], (c, _, ct) => ReplyAsync(c, null, ct));
        router.OnUnknownCommand((c, command, ct) => ReplyAsync(c, CardText.Truncate(CardText.Plain(command.Verb), 40), ct));
    }

    // The card goes to the whole chat, so it is in the dialogue's language.
    private async Task ReplyAsync(TurnContext context, string? unknownVerb, CancellationToken cancellationToken)
    {
        var texts = languages.Shared(context.Session.Dialogue);
        var intro = unknownVerb is null ? null : texts.Format("Help.Unknown", unknownVerb);
        var isChair = await context.IsChairAsync(cancellationToken);
        var help = _router!.Help.ToList();
        // "help" first: the card opens with how to get this list again.
        var ordered = help.Where(h => h.Syntax == "help").Concat(help.Where(h => h.Syntax != "help"));
        context.Outbox.Post(HelpCard.Render(ordered, isChair, intro, texts));
    }
}
