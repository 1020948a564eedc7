using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>
/// The dialogue aggregate's one service: moves the agenda, keeps its card up to date and tells the chat and the
/// other features (the new item's speakers' list opens) — all within the turn that moved it.
/// </summary>
public sealed class AgendaService(Programme programme, IEnumerable<IAgendaObserver> observers, DialogueLanguage languages)
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
        var texts = languages.Shared(dialogue);
        context.Outbox.Say(texts.Format("Agenda.NowMessage", programme.In(texts.Language).Heading(position)));
        foreach (var observer in _observers)
        {
            await observer.PositionBecameCurrentAsync(context, position, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Why the agenda did not move, in <paramref name="texts"/>' language (the chat's, or the presser's own).</summary>
    public string Explain(AgendaMoveOutcome outcome, Dialogue dialogue, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(texts);
        var shown = programme.In(texts.Language);
        return outcome switch
        {
            AgendaMoveOutcome.AlreadyAtFirstItem => texts.Format("Agenda.AlreadyFirst", shown.Items[0].Heading),
            AgendaMoveOutcome.AlreadyAtLastItem => texts.Format("Agenda.AlreadyLast", shown.Items[^1].Heading),
            AgendaMoveOutcome.AlreadyCurrent => texts.Format("Agenda.AlreadyCurrent", shown.Heading(dialogue.PositionIn(programme))),
            _ => texts.Format("Agenda.NoSuchItem", ItemNumbers()),
        };
    }

    /// <summary>Where a chair can go: "I, II, III, III.1, III.2, IV, V".</summary>
    public string ItemNumbers() => string.Join(", ", programme.Positions.Select(programme.Reference));
}
