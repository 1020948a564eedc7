using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// When the agenda moves, everyone online attends the item now current (the roster's denominator per item). A panel
/// counts for its item: attendance is kept per item, as the report's equal-footing figures are.
/// </summary>
public sealed class RosterAgendaObserver : IAgendaObserver
{
    public Task PositionBecameCurrentAsync(TurnContext context, AgendaPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Session.Roster.ItemBecameCurrent(position.ItemIndex);
        return Task.CompletedTask;
    }
}
