using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>When a chair moves the agenda, the open lists of other items close and the new current item's list opens and is shown.</summary>
public sealed class QueueAgendaObserver : IAgendaObserver
{
    public async Task ItemBecameCurrentAsync(TurnContext context, int itemIndex, AgendaItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var other in await context.Session.StoredListItemsAsync(cancellationToken))
        {
            if (other != itemIndex && (await context.Session.ListAsync(other, cancellationToken)).IsOpen)
            {
                await SpeakersListService.ChangeAsync(context, other, l => l.Close(context.Actor, context.Now), cancellationToken);
            }
        }

        await SpeakersListService.ChangeAsync(context, itemIndex, l => l.Open(context.Actor, context.Now), cancellationToken);
        context.Outbox.Show(CardSlots.Queue(itemIndex));
    }
}
