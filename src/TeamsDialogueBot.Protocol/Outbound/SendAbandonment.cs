using Polly;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// The outermost step of the lanes' pipeline: stamps when a send starts (the retry step measures its budget from
/// it) and turns the failure a send ends with into a <see cref="SendAbandonedException"/>, so callers recognise a
/// send that will not happen by one type. A cancellation of the send itself passes through unchanged.
/// </summary>
internal sealed class SendAbandonment(TimeProvider time) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var started = time.GetTimestamp();
        context.Properties.Set(LaneRetry.StartedKey, started);
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Exception is not { } failure || failure is SendAbandonedException
            || (failure is OperationCanceledException && context.CancellationToken.IsCancellationRequested))
        {
            return outcome;
        }

        var reason = context.Properties.GetValue(LaneRetry.OverBudgetKey, false) ? SendAbandonReason.BudgetExhausted
            : LaneRetry.IsRetryable(failure, context.CancellationToken) ? SendAbandonReason.AttemptsExhausted
            : SendAbandonReason.NotRetryable;
        // The Connector's last answer, even when the very last attempt got none (a network error after a 503).
        var status = failure is ConnectorException connector ? connector.StatusCode
            : (failure as HttpRequestException)?.StatusCode ?? context.Properties.GetValue(LaneRetry.LastStatusKey, null);
        var attempts = context.Properties.GetValue(LaneRetry.AttemptsKey, 1);
        return Outcome.FromException<TResult>(new SendAbandonedException(reason, status, attempts, time.GetElapsedTime(started), failure));
    }
}
