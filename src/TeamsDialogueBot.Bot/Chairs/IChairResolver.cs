using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Chairs;

public interface IChairResolver
{
    /// <summary>Whether the caller may steer the dialogue. Decided by ids, never by display names.</summary>
    Task<bool> IsChairAsync(Turn turn, CancellationToken cancellationToken);
}
