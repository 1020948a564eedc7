using TeamsDialogueBot.Bot.Chairs;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// Whether a turn's caller is a co-chair, asked at most once per turn. Routes for chairs only ask before the turn
/// joins its conversation's queue, so a slow meeting lookup never holds up the other turns of the conversation.
/// </summary>
public sealed class ChairCheck(IChairResolver resolver, Turn turn)
{
    private Task<bool>? _answer;

    public Task<bool> IsChairAsync(CancellationToken cancellationToken) => _answer ??= resolver.IsChairAsync(turn, cancellationToken);

    /// <summary>For turns that did not come from Teams: nobody outside Teams is a co-chair, and Teams is not asked.</summary>
    public static ChairCheck Never(Turn turn) => new(NoChairs.Instance, turn);

    private sealed class NoChairs : IChairResolver
    {
        public static NoChairs Instance { get; } = new();

        public Task<bool> IsChairAsync(Turn turn, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
