using System.Globalization;
using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// Panel Q&amp;A in the meeting chat: `ask` for everyone; `qa`, `qa on|off`, `qa moderate on|off` and
/// `qa approve|hide|show|answered &lt;n&gt;` for the co-chairs. A question that goes straight onto the card is answered by
/// the card updating, not by a message: a hundred questions must not become a hundred chat messages.
/// </summary>
public sealed class QandAFeature(QandAService service, QandAButtons buttons) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["ask"], Access.Everyone,
            [new("ask [anonymous] [to <panellist>:] <question>",
                "Ask the current panel a written question for its Q&A card, where others upvote it. `anonymous` keeps your name off the card, "
                + "the room display and the report (the chat still shows who typed it: the card's own form doesn't)", Access.Everyone)],
            AskAsync);
        router.OnCommand(["qa"], Access.Chairs,
            [new("qa", "Post the Q&A card of the current panel (the new card is the one kept up to date)", Access.Chairs),
             new("qa on|off", "Open or close the Q&A (a panel's opens when the agenda reaches it, and closes when it moves on)", Access.Chairs),
             new("qa moderate on|off", "Pre-moderation: new questions wait for your approval", Access.Chairs),
             new("qa approve|hide|show|answered <n>", "Act on question n (also buttons on your view of the card)", Access.Chairs)],
            QandAAsync);
        buttons.Register(router);
    }

    private async Task AskAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var position = context.Session.CurrentPosition;
        var panel = service.PanelAt(position);
        var request = AskArguments.Parse(command.Arguments, panel);
        var texts = context.SharedTexts;
        var heading = service.HeadingOf(position, texts.Language);
        if (request.UnknownAddressee is { } unknown)
        {
            var names = panel is null || panel.Panellists.Count == 0
                ? texts["QA.Reply.NoPanellists"]
                : texts.Format("QA.Reply.Panellists", string.Join(texts["List.Separator"], panel.Panellists.Select(p => CardText.Plain(p.Name))));
            context.Outbox.Say(texts.Format("QA.Reply.NoPanellist", CardText.Plain(CardText.Truncate(unknown, 60)), heading, names));
            return;
        }

        var (_, result) = await service.AskAsync(context, position, request.Text, request.Anonymous, request.AddressedTo, cancellationToken);
        if (result.Outcome != QandAOutcome.Asked && QandAReplies.Explain(result, heading, texts) is { } reply)
        {
            context.Outbox.Say(result.Succeeded ? reply : reply + " " + texts["QA.Reply.NotSent"]);
        }
    }

    private async Task QandAAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var position = context.Session.CurrentPosition;
        var words = command.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();
        if (words.Length == 0)
        {
            QandAService.Repost(context, position);
            return;
        }

        if (ChangeOf(words) is not { } change)
        {
            context.Outbox.Say(context.SharedTexts["QA.Reply.Which"]);
            return;
        }

        var (_, result) = await QandAService.ChangeAsync(context, position, b => change(b, context.Actor, context.Now), cancellationToken);
        if (QandAReplies.Explain(result, service.HeadingOf(position, context.SharedTexts.Language), context.SharedTexts) is { } reply)
        {
            context.Outbox.Say(reply);
        }
    }

    private static Func<QuestionBoard, Actor, DateTimeOffset, QandAResult>? ChangeOf(string[] words) => words switch
    {
        ["ON"] or ["OPEN"] => (b, a, now) => b.Open(a, now),
        ["OFF"] or ["CLOSE"] => (b, a, now) => b.Close(a, now),
        ["MODERATE"] or ["MODERATE", "ON"] => (b, a, now) => b.SetModeration(a, true, now),
        ["MODERATE", "OFF"] => (b, a, now) => b.SetModeration(a, false, now),
        ["APPROVE", var n] when Number(n) is { } number => (b, a, now) => b.Approve(a, number, now),
        ["HIDE", var n] when Number(n) is { } number => (b, a, now) => b.Hide(a, number, now),
        ["SHOW", var n] when Number(n) is { } number => (b, a, now) => b.Show(a, number, now),
        ["ANSWERED" or "ANSWER", var n] when Number(n) is { } number => (b, a, now) => b.MarkAnswered(a, number, now),
        _ => null,
    };

    // "#3" or "3": chairs read the number off the card, which prints "3.".
    private static int? Number(string word) =>
        int.TryParse(word.TrimStart('#').TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
