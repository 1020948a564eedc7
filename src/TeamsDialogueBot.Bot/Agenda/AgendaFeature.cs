using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Dialogues;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>`agenda`, `next`, `prev`, `goto &lt;item&gt;` and the agenda card's buttons.</summary>
public sealed class AgendaFeature(
    Programme programme,
    DialogueSessions sessions,
    ConversationGate gate,
    ConversationOutbox outbox,
    IChairResolver chairs,
    IEnumerable<IAgendaObserver> observers) : IFeature, IHelpSource
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new("agenda", "Post the agenda card", ChairsOnly: false),
        new("next", "Move to the next agenda item", ChairsOnly: true),
        new("prev", "Move back to the previous item", ChairsOnly: true),
        new("goto <item>", "Jump to an item: goto III, goto 3, goto closing", ChairsOnly: true),
    ];

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(PostAgendaAsync, "agenda");
        router.OnCommand((t, ct) => MoveByCommandAsync(t, d => d.MoveNext(programme.Items.Count), ct), "next");
        router.OnCommand((t, ct) => MoveByCommandAsync(t, d => d.MovePrevious(), ct), "prev", "previous", "back");
        router.OnCommand(GoToAsync, "goto");
        router.OnCardAction(AgendaCard.NextVerb, (t, ct) => MoveByButtonAsync(t, d => d.MoveNext(programme.Items.Count), ct));
        router.OnCardAction(AgendaCard.PreviousVerb, (t, ct) => MoveByButtonAsync(t, d => d.MovePrevious(), ct));
    }

    private async Task PostAgendaAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        // Posting the card and remembering its id is one step for the agenda: a `next` arriving in between
        // would otherwise move the agenda without updating the card that is just being posted.
        using var lease = await gate.EnterAsync(AgendaKey(command.Turn), cancellationToken);
        var dialogue = await sessions.GetAsync(command.Turn, cancellationToken);
        var activityId = await outbox.SendCardAsync(dialogue.Reference, AgendaCard.Render(programme, dialogue), cancellationToken);
        if (activityId is not null)
        {
            // The newest agenda card is the one kept up to date from now on.
            await sessions.ChangeAsync(command.Turn, d => { d.RememberAgendaCard(activityId); return 0; }, cancellationToken);
        }
    }

    private async Task GoToAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var reference = command.Command.Arguments;
        if (reference.Length == 0)
        {
            await outbox.SendTextAsync(command.Turn.Reference, $"Which item? For example `goto III` or `goto 3`. Items: {ItemNumbers()}.", cancellationToken);
            return;
        }

        var index = programme.FindItem(reference);
        if (index is null)
        {
            await outbox.SendTextAsync(command.Turn.Reference, $"There is no agenda item \"{Cards.CardText.Plain(reference)}\". Items: {ItemNumbers()}.", cancellationToken);
            return;
        }

        await MoveByCommandAsync(command, d => d.GoTo(index.Value, programme.Items.Count), cancellationToken);
    }

    private async Task MoveByCommandAsync(CommandTurn command, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        if (!await chairs.IsChairAsync(command.Turn, cancellationToken))
        {
            await outbox.SendTextAsync(command.Turn.Reference, Refusals.ChairsOnly(command.Command.Verb), cancellationToken);
            return;
        }

        var (dialogue, outcome) = await MoveAsync(command.Turn, move, cancellationToken);
        if (outcome != AgendaMoveOutcome.Moved)
        {
            await outbox.SendTextAsync(command.Turn.Reference, Explain(outcome, dialogue), cancellationToken);
        }
    }

    private async Task<CardActionResult> MoveByButtonAsync(CardActionTurn action, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        if (!await chairs.IsChairAsync(action.Turn, cancellationToken))
        {
            return new CardActionResult.Refuse(403, "NotAChair", "Only the co-chairs can move the agenda.");
        }

        var (dialogue, outcome) = await MoveAsync(action.Turn, move, cancellationToken);
        return outcome == AgendaMoveOutcome.Moved
            ? CardActionResult.Show(AgendaCard.Render(programme, dialogue))
            : CardActionResult.Say(Explain(outcome, dialogue));
    }

    private async Task<(Dialogue Dialogue, AgendaMoveOutcome Outcome)> MoveAsync(Turn turn, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(AgendaKey(turn), cancellationToken);
        var (dialogue, outcome) = await sessions.ChangeAsync(turn, move, cancellationToken);
        if (outcome != AgendaMoveOutcome.Moved)
        {
            return (dialogue, outcome);
        }

        if (dialogue.AgendaCardActivityId is { } cardId)
        {
            outbox.QueueCardUpdate(dialogue.Reference, cardId, AgendaCard.Render(programme, dialogue), dialogue.Version);
        }

        var item = programme.Items[dialogue.CurrentItemIndex];
        await outbox.SendTextAsync(dialogue.Reference, $"**Now: {item.Heading}**", cancellationToken);
        foreach (var observer in observers)
        {
            await observer.ItemBecameCurrentAsync(turn, dialogue, item, cancellationToken);
        }

        return (dialogue, outcome);
    }

    private string Explain(AgendaMoveOutcome outcome, Dialogue dialogue) => outcome switch
    {
        AgendaMoveOutcome.AlreadyAtFirstItem => $"We are already at the first item: {programme.Items[0].Heading}.",
        AgendaMoveOutcome.AlreadyAtLastItem => $"We are already at the last item: {programme.Items[^1].Heading}.",
        AgendaMoveOutcome.AlreadyCurrent => $"{programme.Items[dialogue.CurrentItemIndex].Heading} is already the current item.",
        _ => $"There is no such item. Items: {ItemNumbers()}.",
    };

    private static string AgendaKey(Turn turn) => "agenda:" + turn.ConversationId;

    private string ItemNumbers() => string.Join(", ", programme.Items.Select(i => i.Number));
}
