using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// The buttons of the Q&amp;A card. Each acts on the Q&amp;A of the card's own position and answers the presser with
/// their own view (their upvotes marked; the chair view for co-chairs). A refused press changes nothing and is said to
/// the presser alone; a bad question sent from the form brings the form back to them with their text and the problem.
/// </summary>
public sealed class QandAButtons(QandAService service, QandAViews views, ConversationLanguages languages)
{
    private static CardActionResult OutOfDate(Texts texts) => CardActionResult.BadRequest("UnknownPosition", texts["QA.Reply.OutOfDate"]);

    private static CardActionResult NoQuestion(Texts texts) => CardActionResult.BadRequest("NoQuestion", texts["QA.Reply.NoQuestion"]);

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnQuery(QandAVerbs.Refresh, RefreshAsync);
        router.OnCardAction(QandAVerbs.Ask, Access.Everyone, AskAsync);
        router.OnCardAction(QandAVerbs.Upvote, Access.Everyone, UpvoteAsync);
        router.OnCardAction(QandAVerbs.Approve, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (b, n, by, now) => b.Approve(by, n, now), ct));
        router.OnCardAction(QandAVerbs.Hide, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (b, n, by, now) => b.Hide(by, n, now), ct));
        router.OnCardAction(QandAVerbs.Show, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (b, n, by, now) => b.Show(by, n, now), ct));
        router.OnCardAction(QandAVerbs.Answered, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (b, n, by, now) => b.MarkAnswered(by, n, now), ct));
    }

    // A view refreshing itself (Teams asks on its own for the chairs listed in the card's refresh): read only.
    private async Task<CardActionResult> RefreshAsync(QueryTurn query, ButtonPress action, CancellationToken cancellationToken)
    {
        var texts = await languages.PrivateAsync(query.Turn.Activity, query.Turn.ConversationId, cancellationToken);
        if (await views.PositionOfAsync(query.Turn.ConversationId, action, cancellationToken) is not { } position)
        {
            return OutOfDate(texts);
        }

        // Teams refreshes the chairs' view on its own: it is theirs alone, so it is in their language.
        var view = QandAViews.For(await service.VoterOfAsync(query.Turn), await query.IsChairAsync(cancellationToken), texts);
        return CardActionResult.Show(await views.RenderAsync(query.Turn.ConversationId, position, view, cancellationToken));
    }

    private async Task<CardActionResult> AskAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var texts = context.PrivateTexts;
        if (service.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(texts);
        }

        var text = action.Get(QandAVerbs.TextInput) ?? string.Empty;
        var anonymous = string.Equals(action.Get(QandAVerbs.AttributionInput), QandAVerbs.Anonymous, StringComparison.Ordinal);
        var addressee = action.Get(QandAVerbs.AddresseeInput) is { Length: > 0 } to && to != QandAVerbs.WholePanel ? to : null;
        var (board, result) = await service.AskAsync(context, position, text, anonymous, addressee, cancellationToken);
        var view = QandAViews.For(await service.VoterOfAsync(context.Turn), await context.IsChairAsync(cancellationToken), texts);
        if (result.Succeeded)
        {
            var notice = texts[result.Outcome == QandAOutcome.AskedPending ? "QA.Notice.Pending" : anonymous ? "QA.Notice.OnCardAnonymous" : "QA.Notice.OnCard"];
            return CardActionResult.Show(await views.RenderAsync(board, view with { Notice = notice }, cancellationToken));
        }

        if (result.Outcome == QandAOutcome.QandAClosed)
        {
            return CardActionResult.BadRequest(QandAReplies.Code(result.Outcome), QandAReplies.Explain(result, service.HeadingOf(position, texts.Language), texts)!);
        }

        // The form comes back to the asker alone with what they typed and what is wrong with it; nothing was stored.
        var problem = QandAReplies.Explain(result, service.HeadingOf(position, texts.Language), texts) ?? texts["QA.Reply.CouldNotAsk"];
        var kept = text.Length > 4 * QandALimits.Text ? text[..(4 * QandALimits.Text)] : text;
        return CardActionResult.Show(await views.RenderAsync(board, view with
        {
            FormError = problem,
            FormText = new string([.. kept.Where(c => !char.IsControl(c) || c is '\n' or '\t')]),
            FormAddressee = addressee,
            FormAnonymous = anonymous,
        }, cancellationToken));
    }

    private async Task<CardActionResult> UpvoteAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var texts = context.PrivateTexts;
        if (service.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(texts);
        }

        if (action.GetInt(QandAVerbs.QuestionKey) is not { } number)
        {
            return NoQuestion(texts);
        }

        var (board, result, voter) = await service.ToggleUpvoteAsync(context, position, number, cancellationToken);
        if (!result.Succeeded)
        {
            return CardActionResult.BadRequest(QandAReplies.Code(result.Outcome), QandAReplies.Explain(result, service.HeadingOf(position, texts.Language), texts)!);
        }

        var view = QandAViews.For(voter, await context.IsChairAsync(cancellationToken), texts);
        return CardActionResult.Show(await views.RenderAsync(board, view, cancellationToken));
    }

    private async Task<CardActionResult> ChairAsync(
        TurnContext context, ButtonPress action, Func<QuestionBoard, int, Actor, DateTimeOffset, QandAResult> change, CancellationToken cancellationToken)
    {
        var texts = context.PrivateTexts;
        if (service.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(texts);
        }

        if (action.GetInt(QandAVerbs.QuestionKey) is not { } number)
        {
            return NoQuestion(texts);
        }

        var (board, result) = await QandAService.ChangeAsync(context, position, b => change(b, number, context.Actor, context.Now), cancellationToken);
        var heading = service.HeadingOf(position, texts.Language);
        if (!result.Succeeded)
        {
            return CardActionResult.Say(QandAReplies.Explain(result, heading, texts) ?? texts["Queue.Reply.NothingChanged"]);
        }

        var view = QandAViews.For(await service.VoterOfAsync(context.Turn), chairView: true, texts);
        return CardActionResult.Show(await views.RenderAsync(board, view with { Notice = QandAReplies.Explain(result, heading, texts) }, cancellationToken));
    }
}
