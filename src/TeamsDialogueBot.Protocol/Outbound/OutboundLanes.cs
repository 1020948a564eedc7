using Microsoft.Extensions.Logging;
using Polly;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// Per-conversation lanes in front of the Connector. Each lane sends in queue order, waits whenever one
/// of Teams' rate windows is full, retries transient failures (429/412/502/504, network errors) with
/// exponential backoff and jitter or the Connector's Retry-After, and coalesces card updates. A lane
/// has a worker task only while it has work; lanes of different conversations never wait for each other.
/// </summary>
public sealed partial class OutboundLanes : IOutboundLanes, IAsyncDisposable
{
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundLanes> _logger;
    private readonly OutboundLaneOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly Dictionary<ConversationAddress, Lane> _lanes = [];
    private readonly Lock _lanesGate = new();
    private readonly Lock _idleGate = new();
    private readonly CancellationTokenSource _shutdown = new();
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _outstanding;
    private DateTimeOffset _lastSweep;
    private bool _disposed;

    public OutboundLanes(IConnectorClient connector, TimeProvider time, ILogger<OutboundLanes> logger, OutboundLaneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _connector = connector;
        _time = time;
        _logger = logger;
        _options = options ?? new OutboundLaneOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        _idle.SetResult();
        _lastSweep = time.GetUtcNow();
        _pipeline = LaneRetry.Build(_options, time, logger);
    }

    public Task<ResourceResponse> SendAsync(ConversationAddress to, Activity activity, CancellationToken cancellationToken) =>
        EnqueueSend(to, new SendItem(activity, null, cancellationToken));

    public Task<ResourceResponse> ReplyAsync(ConversationAddress to, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        EnqueueSend(to, new SendItem(activity, replyToId, cancellationToken));

    public void QueueUpdate(ConversationAddress to, string activityId, Activity activity, long version)
    {
        ArgumentNullException.ThrowIfNull(activity);
        QueueRender(to, activityId, _ => ValueTask.FromResult<Activity?>(activity), version);
    }

    public void QueueRender(ConversationAddress to, string activityId, Func<CancellationToken, ValueTask<Activity?>> render, long version)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activityId);
        ArgumentNullException.ThrowIfNull(render);
        lock (_lanesGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var lane = LaneFor(to);
            lock (lane.Gate)
            {
                if (lane.LastVersions.TryGetValue(activityId, out var last) && version <= last)
                {
                    LogStaleUpdateDropped(_logger, to.ConversationId, activityId, version, last);
                    return;
                }

                lane.LastVersions[activityId] = version;
                if (lane.PendingUpdates.TryGetValue(activityId, out var pending))
                {
                    pending.Render = render;
                    pending.Version = version;
                    return;
                }

                var item = new UpdateItem(activityId, render, version);
                lane.PendingUpdates[activityId] = item;
                EnqueueLocked(lane, item);
            }
        }
    }

    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_idleGate)
        {
            return _outstanding == 0 ? Task.CompletedTask : _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lanesGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await _shutdown.CancelAsync();
        await WhenIdleAsync(CancellationToken.None);
        _shutdown.Dispose();
    }

    /// <summary>Lanes currently remembered (for tests of the idle-lane cleanup).</summary>
    internal int LaneCount
    {
        get
        {
            lock (_lanesGate)
            {
                return _lanes.Count;
            }
        }
    }

    private Task<ResourceResponse> EnqueueSend(ConversationAddress to, SendItem item)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(item.Activity, "activity");
        if (item.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ResourceResponse>(item.CancellationToken);
        }

        // A caller that gives up before its turn leaves the queue; the worker skips the completed item.
        item.CancelRegistration = item.CancellationToken.Register(
            static state => ((SendItem)state!).Completion.TrySetCanceled(((SendItem)state!).CancellationToken), item);
        lock (_lanesGate)
        {
            if (_disposed)
            {
                item.CancelRegistration.Dispose();
                throw new ObjectDisposedException(nameof(OutboundLanes));
            }

            var lane = LaneFor(to);
            lock (lane.Gate)
            {
                EnqueueLocked(lane, item);
            }
        }

        return item.Completion.Task;
    }

    private Lane LaneFor(ConversationAddress to)
    {
        SweepIdleLanes();
        if (!_lanes.TryGetValue(to, out var lane))
        {
            lane = new Lane(to, new RateWindows(_options.Windows));
            _lanes.Add(to, lane);
        }

        return lane;
    }

    // Called under _lanesGate. A lane is forgotten only once its rate history can no longer delay anything.
    private void SweepIdleLanes()
    {
        var now = _time.GetUtcNow();
        if (now - _lastSweep < _options.SweepInterval)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (address, lane) in _lanes.ToArray())
        {
            lock (lane.Gate)
            {
                if (lane.IsIdle && lane.Windows.IsExpired(now))
                {
                    _lanes.Remove(address);
                }
            }
        }
    }

    private void EnqueueLocked(Lane lane, LaneItem item)
    {
        lock (_idleGate)
        {
            if (_outstanding++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        lane.Pending.Enqueue(item);
        if (!lane.Running)
        {
            lane.Running = true;
            _ = Task.Run(() => DrainAsync(lane));
        }
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            LaneItem? item;
            lock (lane.Gate)
            {
                if (!lane.Pending.TryDequeue(out item))
                {
                    lane.Running = false;
                    return;
                }

                if (item is UpdateItem update)
                {
                    lane.PendingUpdates.Remove(update.ActivityId);
                }
            }

            try
            {
                await ProcessAsync(lane, item);
            }
            finally
            {
                lock (_idleGate)
                {
                    if (--_outstanding == 0)
                    {
                        _idle.TrySetResult();
                    }
                }
            }
        }
    }

    private async Task ProcessAsync(Lane lane, LaneItem item)
    {
        var send = item as SendItem;
        if (send is not null && send.Completion.Task.IsCompleted)
        {
            await send.CancelRegistration.DisposeAsync();
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token, send?.CancellationToken ?? CancellationToken.None);
        var context = ResilienceContextPool.Shared.Get(linked.Token);
        context.Properties.Set(LaneRetry.ConversationKey, lane.Address.ConversationId);
        try
        {
            var response = await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    await state.Self.WaitForSlotAsync(state.Lane, ctx.CancellationToken);
                    try
                    {
                        return await state.Self.CallAsync(state.Lane.Address, state.Item, ctx.CancellationToken);
                    }
                    finally
                    {
                        state.Self.RecordSlot(state.Lane);
                    }
                },
                context,
                (Self: this, Lane: lane, Item: item));
            send?.Completion.TrySetResult(response);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            send?.Completion.TrySetCanceled(linked.Token);
        }
        catch (Exception ex)
        {
            // Whatever failed, the lane must go on with the next item, and the caller hears of it.
            LogGaveUp(_logger, ex, item.Kind, lane.Address.ConversationId);
            send?.Completion.TrySetException(ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            if (send is not null)
            {
                await send.CancelRegistration.DisposeAsync();
            }
        }
    }

    // A call is counted when its answer is back, not when it leaves: Teams counts a request when it arrives,
    // which is somewhere in between, so stamping on the answer can never make two requests closer together at
    // the service than the lane believes. A lane has one call in flight at a time, so checking the window
    // before the call and recording after it can't let two calls slip through together.
    private void RecordSlot(Lane lane)
    {
        lock (lane.Gate)
        {
            lane.Windows.Record(_time.GetUtcNow());
        }
    }

    private async Task WaitForSlotAsync(Lane lane, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (lane.Gate)
            {
                var now = _time.GetUtcNow();
                wait = lane.Windows.DelayBeforeNext(now);
                if (wait <= TimeSpan.Zero)
                {
                    return;
                }
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private async ValueTask<ResourceResponse> CallAsync(ConversationAddress to, LaneItem item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case SendItem { ReplyToId: { } replyToId } reply:
                return await _connector.ReplyAsync(to.ServiceUrl, to.ConversationId, replyToId, reply.Activity, cancellationToken);
            case SendItem send:
                return await _connector.SendAsync(to.ServiceUrl, to.ConversationId, send.Activity, cancellationToken);
            case UpdateItem update:
                if (await update.Render(cancellationToken) is { } activity)
                {
                    await _connector.UpdateAsync(to.ServiceUrl, to.ConversationId, update.ActivityId, activity, cancellationToken);
                }

                return new ResourceResponse { Id = update.ActivityId };
            default:
                throw new InvalidOperationException($"Unknown lane item {item.GetType().Name}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound {Kind} in conversation {ConversationId} gave up")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped update of {ActivityId} in {ConversationId}: version {Version} is not newer than {LastVersion}")]
    private static partial void LogStaleUpdateDropped(ILogger logger, string conversationId, string activityId, long version, long lastVersion);
}
