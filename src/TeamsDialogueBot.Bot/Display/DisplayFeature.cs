using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>`display`: a co-chair gets the links of the room display for the boardroom screen and the meeting stage.</summary>
public sealed class DisplayFeature(DisplayLinks links, ConversationOutbox outbox, IChairResolver chairs) : IFeature, IHelpSource
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new("display", "Links to the live room display (boardroom screen, Teams side panel and stage)", ChairsOnly: true),
    ];

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(DisplayAsync, "display");
    }

    private async Task DisplayAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        if (!await chairs.IsChairAsync(turn, cancellationToken))
        {
            await outbox.SendTextAsync(turn.Reference, Refusals.ChairsOnly("display"), cancellationToken);
            return;
        }

        var board = await links.BoardroomAsync(turn.ConversationId, cancellationToken);
        await outbox.SendTextAsync(
            turn.Reference,
            $"**Room display** — live speakers' list, timer and poll results, read-only.\n\n"
            + $"- Boardroom screen: {board.AbsoluteUri}\n"
            + $"- Teams side panel or meeting stage: {board.AbsoluteUri}/panel\n\n"
            + "Anyone with a link can watch; it shows names, never ids or e-mail addresses.",
            cancellationToken);
    }
}
