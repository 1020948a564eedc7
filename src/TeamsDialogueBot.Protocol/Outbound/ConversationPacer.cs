using Microsoft.Extensions.Logging;
using Polly;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// Keeps the calls of one conversation within Teams' rate windows and retries transient failures (429, 412, 5xx,
/// network errors) with backoff and the Connector's Retry-After. One caller at a time: the outbox dispatcher runs
/// one sender per conversation, so calls of a conversation never overlap and never wait for another conversation's.
/// </summary>
public sealed class ConversationPacer
{
    private readonly RateWindows _windows;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly string _conversationId;

    public ConversationPacer(string conversationId, OutboundLaneOptions options, ResiliencePipeline pipeline, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _conversationId = conversationId;
        _windows = new RateWindows(options.Windows);
        _pipeline = pipeline;
        _time = time;
    }

    /// <summary>True when no past call can hold back a future one any more (the pacer may be forgotten).</summary>
    public bool IsExpired => _windows.IsExpired(_time.GetUtcNow());

    /// <summary>Counts calls made before this pacer existed (by this or another instance), so a new sender starts where the last left off.</summary>
    public void Seed(IEnumerable<DateTimeOffset> sentAt)
    {
        ArgumentNullException.ThrowIfNull(sentAt);
        foreach (var at in sentAt.Order())
        {
            _windows.Record(at);
        }
    }

    /// <summary>Makes <paramref name="call"/> as soon as the windows allow, retrying transient failures; throws when it gave up.</summary>
    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(LaneRetry.ConversationKey, _conversationId);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    await state.Self.WaitForSlotAsync(ctx.CancellationToken);
                    try
                    {
                        return await state.Call(ctx.CancellationToken);
                    }
                    finally
                    {
                        // Counted when the answer is back, not when it leaves: Teams counts a request when it arrives,
                        // somewhere in between, so this can never make two requests closer at the service than here.
                        state.Self._windows.Record(state.Self._time.GetUtcNow());
                    }
                },
                context,
                (Self: this, Call: call));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task WaitForSlotAsync(CancellationToken cancellationToken)
    {
        for (var wait = _windows.DelayBeforeNext(_time.GetUtcNow()); wait > TimeSpan.Zero; wait = _windows.DelayBeforeNext(_time.GetUtcNow()))
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Builds the retry pipeline pacers share (stateless, so one per process).</summary>
    public static ResiliencePipeline BuildPipeline(OutboundLaneOptions options, TimeProvider time, ILogger logger) =>
        LaneRetry.Build(options, time, logger);
}
