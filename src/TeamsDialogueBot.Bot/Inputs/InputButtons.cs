using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The buttons of the input cards, all answered privately (invoke responses): the blank form (the agenda card's
/// "Share an input"), the form filled for an edit, Submit and Withdraw. Submit and Withdraw change state, so they run as
/// turns — exactly once, on the card's meeting even when pressed in the 1:1 chat (<see cref="InputFormLinks"/>).
/// </summary>
public sealed class InputButtons(
    Programme programme,
    InputService service,
    InputFormLinks links,
    IInputStore inputs,
    IDialogueStore dialogues,
    IParticipantProfileStore profiles,
    ConversationLanguages languages)
{
    // Everything here answers the presser alone: in their Teams locale, else the meeting's language.
    private static CardActionResult OutOfDate(Texts texts) => CardActionResult.BadRequest("OutOfDate", InputTexts.OutOfDate(texts));

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnQuery(InputVerbs.Form, FormAsync);
        router.OnQuery(InputVerbs.Edit, EditFormAsync);
        router.OnCardAction(InputVerbs.Submit, Access.Everyone, SubmitAsync, links.TargetAsync);
        router.OnCardAction(InputVerbs.Withdraw, Access.Everyone, WithdrawAsync, links.TargetAsync);
        router.OnCardAction(InputVerbs.Show, Access.Chairs, ShowAsync, links.TargetAsync);
    }

    private async Task<CardActionResult> FormAsync(QueryTurn query, ButtonPress action, CancellationToken cancellationToken)
    {
        var turn = query.Turn;
        if (await links.MeetingOfAsync(turn, action, cancellationToken) is not { } meeting)
        {
            return OutOfDate(Texts.For(Domain.Languages.UnLanguages.Normalise(turn.Activity.Locale)));
        }

        var texts = await languages.PrivateAsync(turn.Activity, meeting.ConversationId, cancellationToken);
        var profile = await profiles.FindAsync(meeting.ConversationId, new ParticipantId(turn.UserKey), cancellationToken);
        var current = (await dialogues.FindAsync(meeting.ConversationId, cancellationToken))?.PositionIn(programme) ?? programme.Positions[0];
        var values = new InputDraft { Organisation = profile?.Organisation, ItemIndex = current.ItemIndex, Panel = current.Panel };
        return CardActionResult.Show(InputFormCard.Render(
            programme, values, [], await OpennessAsync(meeting.ConversationId, cancellationToken), await links.DataAsync(meeting, turn.UserKey), null, texts));
    }

    private async Task<CardActionResult> EditFormAsync(QueryTurn query, ButtonPress action, CancellationToken cancellationToken)
    {
        var turn = query.Turn;
        if (await links.MeetingOfAsync(turn, action, cancellationToken) is not { } meeting || !InputId.TryParse(action.Get(InputVerbs.InputKey), out var id))
        {
            return OutOfDate(Texts.For(Domain.Languages.UnLanguages.Normalise(turn.Activity.Locale)));
        }

        var texts = await languages.PrivateAsync(turn.Activity, meeting.ConversationId, cancellationToken);
        if (await inputs.FindAsync(meeting.ConversationId, id, cancellationToken) is not { } input)
        {
            return CardActionResult.BadRequest("NoSuchInput", InputTexts.NoSuchInput(id.Value, texts));
        }

        var isOpen = await OpennessAsync(meeting.ConversationId, cancellationToken);
        var refused = !input.IsAuthor(turn.UserKey) ? InputOutcome.NotAuthor
            : input.State == InputState.Withdrawn ? InputOutcome.Withdrawn
            : input.State == InputState.Hidden ? InputOutcome.Hidden
            : !isOpen(input.ItemIndex) ? InputOutcome.ItemClosed
            : (InputOutcome?)null;
        return refused is { } outcome
            ? Refuse(outcome, input, texts)
            : CardActionResult.Show(InputFormCard.Render(programme, InputFormValues.Of(input), [], isOpen, await links.DataAsync(meeting, turn.UserKey), input.Id, texts));
    }

    private async Task<CardActionResult> SubmitAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var draft = InputFormValues.Read(action);
        var texts = context.PrivateTexts;
        var link = await links.DataAsync(context.Turn.Reference, context.Turn.UserKey);
        var editing = action.Get(InputVerbs.InputKey);
        if (editing is null)
        {
            var (change, input) = await service.SubmitAsync(context, draft, cancellationToken);
            if (change.Outcome == InputOutcome.TooManyFromAuthor)
            {
                return CardActionResult.BadRequest(nameof(InputOutcome.TooManyFromAuthor), InputTexts.TooManyFromAuthor(context.PrivateTexts));
            }

            return input is not null
                ? CardActionResult.Show(InputViewCard.Saved(programme, input, link, edited: false, texts))
                : await FormAgainAsync(context, draft, change, link, null, cancellationToken);
        }

        if (!InputId.TryParse(editing, out var id))
        {
            return OutOfDate(texts);
        }

        if (await service.EditAsync(context, id, draft, cancellationToken) is not { } result)
        {
            return CardActionResult.BadRequest("NoSuchInput", InputTexts.NoSuchInput(id.Value, texts));
        }

        var (edit, stored) = result;
        return edit.Succeeded ? CardActionResult.Show(InputViewCard.Saved(programme, stored, link, edited: true, texts))
            : edit.Outcome == InputOutcome.Invalid ? await FormAgainAsync(context, draft, edit, link, id, cancellationToken)
            : Refuse(edit.Outcome, stored, texts);
    }

    private async Task<CardActionResult> WithdrawAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var texts = context.PrivateTexts;
        if (!InputId.TryParse(action.Get(InputVerbs.InputKey), out var id))
        {
            return OutOfDate(texts);
        }

        if (await InputService.WithdrawAsync(context, id, cancellationToken) is not { } result)
        {
            return CardActionResult.BadRequest("NoSuchInput", InputTexts.NoSuchInput(id.Value, texts));
        }

        var (change, input) = result;
        return change.Succeeded
            ? CardActionResult.Show(InputViewCard.Withdrawn(input, await links.DataAsync(context.Turn.Reference, context.Turn.UserKey), texts))
            : Refuse(change.Outcome, input, texts);
    }

    // A co-chair's "Show again" on the private list of hidden inputs: the list comes back without it.
    private async Task<CardActionResult> ShowAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var texts = context.PrivateTexts;
        if (!InputId.TryParse(action.Get(InputVerbs.InputKey), out var id))
        {
            return OutOfDate(texts);
        }

        if (await InputService.ModerateAsync(context, id, hide: false, cancellationToken) is not { } change)
        {
            return CardActionResult.BadRequest("NoSuchInput", InputTexts.NoSuchInput(id.Value, texts));
        }

        if (!change.Succeeded)
        {
            return CardActionResult.Say(InputTexts.ChairReply(change.Outcome, id.Value, "show", id.Value, texts));
        }

        var hidden = (await context.Session.Inputs.AllAsync(cancellationToken)).Where(i => i.State == InputState.Hidden).ToList();
        return CardActionResult.Show(HiddenInputsCard.Render(programme, hidden, await links.DataAsync(context.Turn.Reference, context.Turn.UserKey), texts));
    }

    // The form comes back to its author as they typed it, each problem next to its field; nothing was stored. A text far
    // over its limit comes back cut to twice the limit (the field still says it is too long), so they can shorten what
    // they wrote: echoing 100,000 characters would make an answer Teams refuses. Control characters other than line
    // breaks are left out of the echo, as the Q&A form does: invisible in a field, each weighs six bytes of JSON
    // ("\u0001"), and four fields of them made an answer over Teams' limit; the field still says what was wrong.
    private async Task<CardActionResult> FormAgainAsync(
        TurnContext context, InputDraft draft, InputChange change, IReadOnlyDictionary<string, string> link, InputId? editing, CancellationToken cancellationToken)
    {
        var shown = draft with
        {
            Organisation = Cut(draft.Organisation, 2 * InputLimits.Organisation),
            Title = Cut(draft.Title, 2 * InputLimits.Title),
            Description = Cut(draft.Description, 2 * InputLimits.Description),
            Link = Cut(draft.Link, 2 * InputLimits.Link),
        };
        return CardActionResult.Show(InputFormCard.Render(programme, shown, change.Problems, await context.Session.Inputs.OpennessAsync(cancellationToken), link, editing, context.PrivateTexts));
    }

    private static string? Cut(string? text, int limit)
    {
        if (text is null)
        {
            return null;
        }

        var shown = text.Any(c => char.IsControl(c) && c is not ('\n' or '\r')) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r')]) : text;
        return shown.Length > limit ? CardText.Truncate(shown, limit) : shown;
    }

    private CardActionResult.Refuse Refuse(InputOutcome outcome, Input input, Texts texts) =>
        new CardActionResult.Refuse(
            outcome == InputOutcome.NotAuthor ? 403 : 409,
            outcome.ToString(),
            InputTexts.Refusal(outcome, input.Id, programme, input.ItemIndex, texts) ?? texts["Queue.Reply.NothingChanged"]);

    private async Task<Func<int, bool>> OpennessAsync(string conversationId, CancellationToken cancellationToken)
    {
        var closed = (await inputs.WindowsAsync(conversationId, cancellationToken)).Where(w => !w.IsOpen).Select(w => w.ItemIndex).ToHashSet();
        return item => !closed.Contains(item);
    }
}
