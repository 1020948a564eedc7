using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// Reads what a turn will need from Teams (meeting details, who an @mention is) before the turn joins its
/// conversation's queue, like the chair check: a slow Teams call must not hold up the conversation's other turns, and
/// a handler never talks to Teams. What it learns goes into a cache the handler reads; a failed lookup is not an error
/// (the handler falls back).
/// </summary>
public interface ITurnPreparer
{
    Task PrepareAsync(Turn turn, TurnRequest request, CancellationToken cancellationToken);
}
