namespace TeamsDialogueBot.Bot.Turns;

/// <summary>A read-only turn (a card view refreshing itself): the activity and who asks.</summary>
public sealed class QueryTurn(Turn turn, ChairCheck chair)
{
    public Turn Turn { get; } = turn;

    public Task<bool> IsChairAsync(CancellationToken cancellationToken) => chair.IsChairAsync(cancellationToken);
}
