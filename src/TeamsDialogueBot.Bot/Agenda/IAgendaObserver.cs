using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>Told, inside the turn that moved the agenda, that an item became current (its changes join that turn's).</summary>
public interface IAgendaObserver
{
    Task ItemBecameCurrentAsync(TurnContext context, int itemIndex, AgendaItem item, CancellationToken cancellationToken);
}
