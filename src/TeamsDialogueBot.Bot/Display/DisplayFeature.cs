using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// `display`: a co-chair gets the links of the room display for the boardroom screen and the meeting stage, privately
/// (the meeting chat may include guests; anyone holding a link can watch).
/// </summary>
public sealed class DisplayFeature(DisplayLinks links) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["display"], Access.Chairs,
            [new("display", "Links to the live room display (boardroom screen, Teams side panel and stage), sent to you privately", Access.Chairs)],
            DisplayAsync);
    }

    private async Task DisplayAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var board = await links.BoardroomAsync(context.Turn.ConversationId, cancellationToken);
        var text = "**Room display** — live speakers' list, timer and poll results, read-only.\n\n"
            + $"- Boardroom screen: {board.AbsoluteUri}\n"
            + $"- Teams side panel or meeting stage: {board.AbsoluteUri}/panel\n\n"
            + "Anyone with a link can watch; it shows names, never ids or e-mail addresses.";
        if (context.Turn.UserId.Length == 0 || context.Turn.Reference.TenantId is null)
        {
            // Nobody to write to privately (a local client without Teams ids): the chat it is.
            context.Outbox.Say(text);
            return;
        }

        context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName, text);
        context.Outbox.Say("I have sent you the room display links in our 1:1 chat.");
    }
}
