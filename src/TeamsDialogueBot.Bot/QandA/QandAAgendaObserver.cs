using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// When a chair moves the agenda, the Q&amp;A of every other position closes (cards already posted say so) and, when the
/// new position is a panel, the panel's Q&amp;A opens and its card is shown: the programme follows every panel with a
/// Q&amp;A session, and questions belong to the panel in session. An item's Q&amp;A opens only when a chair says `qa on`.
/// </summary>
public sealed class QandAAgendaObserver(Programme programme) : IAgendaObserver
{
    public async Task PositionBecameCurrentAsync(TurnContext context, AgendaPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Panels nobody asked anything yet count too: a fresh panel board is open, and its card may have been posted.
        var others = (await context.Session.StoredQuestionPositionsAsync(cancellationToken))
            .Concat(programme.Positions.Where(p => p.IsPanel))
            .Where(p => p != position)
            .Distinct();
        foreach (var other in others)
        {
            if ((await context.Session.QuestionsAsync(other, cancellationToken)).IsOpen)
            {
                await QandAService.ChangeAsync(context, other, b => b.Close(Actor.System, context.Now), cancellationToken, onlyRefresh: true);
            }
        }

        if (position.IsPanel)
        {
            await QandAService.ChangeAsync(context, position, b => b.Open(Actor.System, context.Now), cancellationToken);
            context.Outbox.Show(QandASlots.Of(position));
        }
    }
}
