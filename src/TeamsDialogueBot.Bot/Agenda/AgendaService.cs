using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>
/// The dialogue aggregate's one service: moves the agenda, keeps its card up to date and tells the chat and the
/// other features (the new item's speakers' list opens) — all within the turn that moved it.
/// </summary>
public sealed class AgendaService(Programme programme, IEnumerable<IAgendaObserver> observers)
{
    private readonly IAgendaObserver[] _observers = [.. observers];

    public async Task<AgendaMoveOutcome> MoveAsync(TurnContext context, Func<Dialogue, AgendaMoveOutcome> move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(move);
        var dialogue = context.Session.Dialogue;
        var outcome = move(dialogue);
        if (outcome != AgendaMoveOutcome.Moved)
        {
            return outcome;
        }

        var item = programme.Items[dialogue.CurrentItemIndex];
        context.Outbox.Refresh(CardSlots.Agenda);
        context.Outbox.Say($"**Now: {item.Heading}**");
        foreach (var observer in _observers)
        {
            await observer.ItemBecameCurrentAsync(context, dialogue.CurrentItemIndex, item, cancellationToken);
        }

        return outcome;
    }

    public string Explain(AgendaMoveOutcome outcome, Dialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        return outcome switch
        {
            AgendaMoveOutcome.AlreadyAtFirstItem => $"We are already at the first item: {programme.Items[0].Heading}.",
            AgendaMoveOutcome.AlreadyAtLastItem => $"We are already at the last item: {programme.Items[^1].Heading}.",
            AgendaMoveOutcome.AlreadyCurrent => $"{programme.Items[dialogue.CurrentItemIndex].Heading} is already the current item.",
            _ => $"There is no such item. Items: {ItemNumbers()}.",
        };
    }

    public string ItemNumbers() => string.Join(", ", programme.Items.Select(i => i.Number));
}
