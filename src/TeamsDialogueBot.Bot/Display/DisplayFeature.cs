using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// `display`: a co-chair gets the links of the room display for the boardroom screen and the meeting stage, privately
/// (the meeting chat may include guests; anyone holding a link can watch). `display rotate` replaces the link: the old
/// one stops working at once and the pages open on it say so.
/// </summary>
public sealed class DisplayFeature(DisplayLinks links, IDisplayTokens tokens) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["display"], Access.Chairs,
            [new("display", "Links to the live room display (boardroom screen, Teams side panel and stage), sent to you privately", Access.Chairs),
             new("display rotate", "A new display link; the old one stops working at once", Access.Chairs)],
            DisplayAsync);
    }

    private async Task DisplayAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var rotate = command.Arguments.Trim().Equals("rotate", StringComparison.OrdinalIgnoreCase);
        if (!rotate && command.Arguments.Length > 0)
        {
            context.Outbox.Say("Did you mean `display` or `display rotate`?");
            return;
        }

        var token = rotate ? null : await tokens.FindTokenAsync(context.Turn.ConversationId, cancellationToken);
        if (token is null)
        {
            token = DisplayLinks.NewToken();
            context.Session.Stage(new StagedWrite.SetDisplayToken(token, Replace: rotate));
        }

        var board = links.Boardroom(token);
        var text = (rotate ? "**New room display link** — the old one no longer works; open pages on it say so.\n\n" : "**Room display** — live speakers' list, timer and poll results, read-only.\n\n")
            + $"- Boardroom screen: {board.AbsoluteUri}\n"
            + $"- Teams side panel or meeting stage: {board.AbsoluteUri}/panel\n\n"
            + "Anyone with a link can watch; it shows names, never ids or e-mail addresses. `display rotate` replaces it.";
        if (context.Turn.UserId.Length == 0 || context.Turn.Reference.TenantId is null)
        {
            // Nobody to write to privately (a local client without Teams ids): the chat it is.
            context.Outbox.Say(text);
            return;
        }

        context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName, text);
        context.Outbox.Say(rotate
            ? "The room display link was replaced; I have sent the new one to you in our 1:1 chat."
            : "I have sent you the room display links in our 1:1 chat.");
    }
}
