using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>Told when a chair makes another item current (e.g. the speakers' list opens its list).</summary>
public interface IAgendaObserver
{
    Task ItemBecameCurrentAsync(Turn turn, Dialogue dialogue, AgendaItem item, CancellationToken cancellationToken);
}
