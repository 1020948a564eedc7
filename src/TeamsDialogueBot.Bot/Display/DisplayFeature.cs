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
            context.Outbox.Say(context.SharedTexts["Display.DidYouMean"]);
            return;
        }

        var token = rotate ? null : await tokens.FindTokenAsync(context.Turn.ConversationId, cancellationToken);
        if (token is null)
        {
            token = DisplayLinks.NewToken();
            context.Session.Stage(new StagedWrite.SetDisplayToken(token, Replace: rotate));
        }

        var board = links.Boardroom(token);
        if (context.Turn.UserId.Length == 0 || context.Turn.Reference.TenantId is null)
        {
            // Nobody to write to privately (a local client without Teams ids): the chat it is.
            context.Outbox.Say(LinksText(context.SharedTexts, rotate, board));
            return;
        }

        // The links go to the chair alone, in their language; the chat hears that they went, in its own.
        context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName, LinksText(context.PrivateTexts, rotate, board));
        context.Outbox.Say(context.SharedTexts[rotate ? "Display.SentReplaced" : "Display.Sent"]);
    }

    private static string LinksText(Localization.Texts texts, bool rotate, Uri board) =>
        texts.Format(rotate ? "Display.NewLinks" : "Display.Links", board.AbsoluteUri, board.AbsoluteUri + "/panel");
}
