using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>When a chair moves the agenda, the open lists of other items close and the new current item's list opens and is posted.</summary>
public sealed class QueueAgendaObserver(Programme programme, QueueSessions sessions, ParticipantDirectory directory) : IAgendaObserver
{
    public async Task ItemBecameCurrentAsync(Turn turn, Dialogue dialogue, AgendaItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(dialogue);
        var actor = ParticipantDirectory.ActorOf(turn);

        // Only a chair can move the agenda, so this confirms their MRI for the chair view.
        await directory.IsChairAsync(turn, cancellationToken);
        var current = dialogue.CurrentItemIndex;
        for (var other = 0; other < programme.Items.Count; other++)
        {
            if (other != current && await sessions.FindAsync(dialogue.ConversationId, other, cancellationToken) is { IsOpen: true })
            {
                await sessions.ChangeAsync(dialogue.Reference, other, (l, now) => l.Close(actor, now), CardPosting.Update, cancellationToken);
            }
        }

        await sessions.ChangeAsync(dialogue.Reference, current, (l, now) => l.Open(actor, now), CardPosting.Update, cancellationToken);
    }
}
