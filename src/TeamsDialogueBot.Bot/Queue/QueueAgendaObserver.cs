using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// When a chair moves the agenda, the lists of other positions close, whoever still had the floor there ends their
/// intervention, and the new current position's list opens and is shown.
/// </summary>
public sealed class QueueAgendaObserver : IAgendaObserver
{
    public async Task PositionBecameCurrentAsync(TurnContext context, AgendaPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var other in await context.Session.StoredListPositionsAsync(cancellationToken))
        {
            var list = await context.Session.ListAsync(other, cancellationToken);
            if (other != position && (list.IsOpen || list.Current is not null))
            {
                await SpeakersListService.ChangeAsync(context, other, l => l.Leave(context.Actor, context.Now), cancellationToken);
            }
        }

        await SpeakersListService.ChangeAsync(context, position, l => l.Open(context.Actor, context.Now), cancellationToken);
        context.Outbox.Show(CardSlots.Queue(position));
    }
}
