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

        var position = dialogue.CurrentPosition;
        context.Outbox.Refresh(CardSlots.Agenda);
        context.Outbox.Say($"**Now: {programme.Heading(position)}**");
        foreach (var observer in _observers)
        {
            await observer.PositionBecameCurrentAsync(context, position, cancellationToken);
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
            AgendaMoveOutcome.AlreadyCurrent => $"{programme.Heading(dialogue.PositionIn(programme))} is already where we are.",
            _ => $"There is no such item. Items: {ItemNumbers()}.",
        };
    }

    /// <summary>Where a chair can go: "I, II, III, III.1, III.2, IV, V".</summary>
    public string ItemNumbers() => string.Join(", ", programme.Positions.Select(programme.Reference));
}
