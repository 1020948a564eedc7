using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>`agenda`, `next`, `prev`, `goto &lt;item&gt;` and the agenda card's buttons.</summary>
public sealed class AgendaFeature(Programme programme, AgendaService agenda, DialogueLanguage languages) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["agenda"], Access.Everyone, [new("agenda", "Post the agenda card", Access.Everyone)], PostAgendaAsync);
        router.OnCommand(["next"], Access.Chairs, [new("next", "Move to the next agenda item or panel", Access.Chairs)],
            (c, _, ct) => MoveByCommandAsync(c, d => d.MoveNext(programme), ct));
        router.OnCommand(["prev", "previous", "back"], Access.Chairs, [new("prev", "Move back to the previous item or panel", Access.Chairs)],
            (c, _, ct) => MoveByCommandAsync(c, d => d.MovePrevious(programme), ct));
        router.OnCommand(["goto"], Access.Chairs, [new("goto <item>", "Jump to an item or panel: goto III, goto 3, goto III.2, goto panel 2, goto closing", Access.Chairs)], GoToAsync);
        router.OnCardAction(AgendaCard.NextVerb, Access.Chairs, (c, a, ct) => MoveByButtonAsync(c, a, d => d.MoveNext(programme), ct));
        router.OnCardAction(AgendaCard.PreviousVerb, Access.Chairs, (c, a, ct) => MoveByButtonAsync(c, a, d => d.MovePrevious(programme), ct));
    }

    // The newest agenda card is the one kept up to date from now on: it renders the agenda as it is when it leaves.
    private static Task PostAgendaAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        context.Outbox.PostSlot(CardSlots.Agenda);
        return Task.CompletedTask;
    }

    private async Task GoToAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var reference = command.Arguments;
        var texts = languages.Shared(context.Session.Dialogue);
        if (reference.Length == 0)
        {
            context.Outbox.Say(texts.Format("Agenda.WhichItem", agenda.ItemNumbers()));
            return;
        }

        if (programme.FindPosition(reference, context.Session.CurrentPosition) is not { } position)
        {
            context.Outbox.Say(texts.Format("Agenda.UnknownItem", CardText.Plain(CardText.Truncate(reference, 40)), agenda.ItemNumbers()));
            return;
        }

        await MoveByCommandAsync(context, d => d.GoTo(position, programme), cancellationToken);
    }

    private async Task MoveByCommandAsync(TurnContext context, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        var outcome = await agenda.MoveAsync(context, move, cancellationToken);
        if (outcome != AgendaMoveOutcome.Moved)
        {
            context.Outbox.Say(agenda.Explain(outcome, context.Session.Dialogue, languages.Shared(context.Session.Dialogue)));
        }
    }

    private async Task<CardActionResult> MoveByButtonAsync(TurnContext context, ButtonPress action, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        // Pressed on a card that no longer shows where the agenda is (the same card pressed twice, or by two chairs at
        // once): the first press moved it; this one gets the current card and moves nothing. Cards without "from" move.
        if (PositionKey.TryParse(action.Get(AgendaCard.FromField), out var from) && from != context.Session.CurrentPosition)
        {
            return CardActionResult.Show(AgendaCard.Render(programme, context.Session.CurrentPosition, languages.Shared(context.Session.Dialogue)));
        }

        var outcome = await agenda.MoveAsync(context, move, cancellationToken);
        // The presser's refreshed card is the shared card (it replaces the one everyone sees); the "no" is theirs alone.
        var dialogue = context.Session.Dialogue;
        return outcome == AgendaMoveOutcome.Moved
            ? CardActionResult.Show(AgendaCard.Render(programme, context.Session.CurrentPosition, languages.Shared(dialogue)))
            : CardActionResult.Say(agenda.Explain(outcome, dialogue, languages.Private(context.Turn.Activity, dialogue)));
    }
}
