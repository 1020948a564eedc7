using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>A turn waiting in its conversation's queue, and what it will answer once its batch has committed.</summary>
/// <param name="claimSuffix">
/// Claims the activity under its id plus this suffix: for a second step of an activity whose first step claimed the
/// id itself (a vote's chat reply after the vote's own write).
/// </param>
internal sealed class PendingTurn(Turn turn, ChairCheck chair, Func<TurnContext, CancellationToken, Task<InvokeResponse?>> run, string claimSuffix = "")
{
    public Turn Turn { get; } = turn;
    public ChairCheck Chair { get; } = chair;
    public Func<TurnContext, CancellationToken, Task<InvokeResponse?>> Run { get; } = run;
    public TaskCompletionSource<InvokeResponse?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The activity id the turn claims; null when Teams gave none (then it can't be recognised when redelivered).</summary>
    public string? ActivityId => Turn.Activity.Id is { Length: > 0 } id ? id + claimSuffix : null;
}
