using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>When a chair moves the agenda, the open lists of other positions close and the new current position's list opens and is shown.</summary>
public sealed class QueueAgendaObserver : IAgendaObserver
{
    public async Task PositionBecameCurrentAsync(TurnContext context, AgendaPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var other in await context.Session.StoredListPositionsAsync(cancellationToken))
        {
            if (other != position && (await context.Session.ListAsync(other, cancellationToken)).IsOpen)
            {
                await SpeakersListService.ChangeAsync(context, other, l => l.Close(context.Actor, context.Now), cancellationToken);
            }
        }

        await SpeakersListService.ChangeAsync(context, position, l => l.Open(context.Actor, context.Now), cancellationToken);
        context.Outbox.Show(CardSlots.Queue(position));
    }
}
