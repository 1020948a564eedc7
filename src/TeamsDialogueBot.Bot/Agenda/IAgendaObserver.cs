using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>Told, inside the turn that moved the agenda, that a position (an item or a panel) became current; its changes join that turn's.</summary>
public interface IAgendaObserver
{
    Task PositionBecameCurrentAsync(TurnContext context, AgendaPosition position, CancellationToken cancellationToken);
}
