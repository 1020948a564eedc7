using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>When an item becomes current, everyone online attends it (the roster's denominator per item).</summary>
public sealed class RosterAgendaObserver : IAgendaObserver
{
    public Task ItemBecameCurrentAsync(TurnContext context, int itemIndex, AgendaItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Session.Roster.ItemBecameCurrent(itemIndex);
        return Task.CompletedTask;
    }
}
