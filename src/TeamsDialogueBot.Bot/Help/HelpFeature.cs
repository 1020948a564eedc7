using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Help;

/// <summary>`help`, and the answer to a command nobody knows: never silence.</summary>
public sealed class HelpFeature(IEnumerable<IHelpSource> sources, ConversationOutbox outbox, IChairResolver chairs) : IFeature
{
    public const string UnknownCommandVerb = "";

    private static readonly CommandHelp Help = new("help", "What you can ask me", ChairsOnly: false);

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand((t, ct) => ReplyAsync(t, null, ct), "help", "?", "commands");
        router.OnCommand(
            (t, ct) => ReplyAsync(t, $"I don't know \"{CardText.Truncate(CardText.Plain(t.Command.Verb), 40)}\". Here is what I understand:", ct),
            UnknownCommandVerb);
    }

    private async Task ReplyAsync(CommandTurn command, string? intro, CancellationToken cancellationToken)
    {
        var isChair = await chairs.IsChairAsync(command.Turn, cancellationToken);
        var all = sources.SelectMany(s => s.Commands).Prepend(Help);
        await outbox.SendCardAsync(command.Turn.Reference, HelpCard.Render(all, isChair, intro), cancellationToken);
    }
}
