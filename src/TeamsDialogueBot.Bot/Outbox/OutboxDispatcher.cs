using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// Sends the durable outbox. One loop per conversation, run only by the instance holding that conversation's lease,
/// sends its entries in order within Teams' rate windows (<see cref="OutboxSending"/>), marks each sent or, once it
/// can't get through, postpones or drops it. A turn's commit kicks its conversation here; other instances' commits
/// arrive as signals; a sweep picks up whatever was left (a restart, another instance's crash).
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore store,
    IOutboxLeases leases,
    IOutboxSignal signal,
    OutboxSending sending,
    IOptions<OutboxOptions> options,
    BotTelemetry telemetry,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int PageSize = 50;
    private static readonly TimeSpan ListenRetryFirst = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ListenRetryLast = TimeSpan.FromSeconds(30);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, ConversationSender> _senders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Conversation, string Slot), byte> _scheduledRefreshes = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _busy;
    private int _scheduling;
    private int _stopped;

    /// <summary>True when nothing is being sent or scheduled here (tests wait for it).</summary>
    public bool IsIdle => Volatile.Read(ref _busy) == 0 && Volatile.Read(ref _scheduling) == 0;

    /// <summary>New entries were committed for the conversation: send them (if this instance holds or gets its lease).</summary>
    public void Kick(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var sender = _senders.GetOrAdd(conversationId, id => new ConversationSender(id));
        lock (sender.Gate)
        {
            if (sender.Retired)
            {
                // Being let go by the sweep (its lease released): the sweep kicks again once it is gone, and a new
                // sender takes over. Two senders of one conversation would send its entries twice.
                sender.KickedWhileRetired = true;
                return;
            }

            sender.LastWork = time.GetUtcNow();
            if (sender.Running)
            {
                sender.Again = true;
                return;
            }

            sender.Running = true;
        }

        Interlocked.Increment(ref _busy);
        _ = Task.Run(() => RunAsync(sender));
    }

    /// <summary>
    /// A slot's card should show new state soon (votes commit without outbox entries of their own). At most one
    /// refresh entry per slot and interval is written; it renders whatever has committed by the time it leaves.
    /// </summary>
    public void RefreshSoon(ConversationReference reference, string slot, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!_scheduledRefreshes.TryAdd((reference.ConversationId, slot), 0))
        {
            return;
        }

        Interlocked.Increment(ref _scheduling);
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(RefreshDelay(reference.ConversationId, after), time, _stopping.Token);
                // Unscheduled before the entry is written: a vote committing from here on schedules the next refresh.
                _scheduledRefreshes.TryRemove((reference.ConversationId, slot), out _);
                var payload = new OutboxPayload(reference).ToJson();
                await store.AddAsync(new OutboxEntry(0, reference.ConversationId, OutboxKind.RefreshCard, slot, payload, time.GetUtcNow()), _stopping.Token);
                Kick(reference.ConversationId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _scheduledRefreshes.TryRemove((reference.ConversationId, slot), out _);
                LogRefreshFailed(logger, e, LogText.Safe(slot));
            }
            finally
            {
                // After the kick: a sender it started is counted as busy before this stops counting.
                Interlocked.Decrement(ref _scheduling);
            }
        });
    }

    /// <summary>
    /// How long a refresh asked for with <paramref name="after"/> waits: <paramref name="after"/> plus a share of half of
    /// it that is the conversation's own. Meetings whose votes begin on the same cue would otherwise refresh their cards
    /// at the same instants, interval after interval: with a hundred of them, a hundred renders and sends arrived at
    /// once and every vote in flight waited 30–45 ms behind them (issue 17, many meetings; bench/README, sixth pass).
    /// The share is fixed per conversation, so its card still changes at most once per interval.
    /// </summary>
    internal static TimeSpan RefreshDelay(string conversationId, TimeSpan after)
    {
        var window = after.Ticks / 2;
        if (window <= 0)
        {
            return after;
        }

        var hash = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)));
        return after + TimeSpan.FromTicks((long)(hash % (ulong)window));
    }

    /// <summary>Completes when nothing is being sent or scheduled here (tests); entries held by another instance don't count.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!IsIdle)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }

    /// <summary>Completes when no conversation is being sent for here; refreshes scheduled after votes may still come.</summary>
    public async Task WhenSentAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _busy) != 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _stopping.CancelAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Cancels, and deliberately leaves the token source undisposed (as BackgroundService does with its own): with
    /// minimal hosting the container can dispose this singleton on one thread while the host is still stopping it on
    /// another, and a disposed source would make that StopAsync throw. A source without timers holds nothing to free.
    /// </summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _stopping.Cancel();
        }

        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = ListenAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        var lastPrune = DateTimeOffset.MinValue;
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
                if (time.GetUtcNow() - lastPrune > TimeSpan.FromMinutes(10))
                {
                    lastPrune = time.GetUtcNow();
                    await store.PruneAsync(lastPrune - options.Value.KeepSent, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
        await listening;
    }

    // Listening ends when the store has no signals (SQLite: one instance) or the host stops. A failure (PostgreSQL
    // restarted, the listening connection dropped) is followed by listening again after a pause that grows while it
    // keeps failing; meanwhile the sweep still finds everything, only later.
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var pause = ListenRetryFirst;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            try
            {
                await signal.ListenAsync(Kick, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                pause = time.GetUtcNow() - started > ListenRetryLast ? ListenRetryFirst : pause;
                LogListenFailed(logger, e, pause.TotalSeconds);
            }

            try
            {
                await Task.Delay(pause, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, ListenRetryLast.Ticks));
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var conversationId in await store.ConversationsWithPendingAsync(500, cancellationToken))
        {
            Kick(conversationId);
        }

        var depth = await store.DepthAsync(time.GetUtcNow(), cancellationToken);
        telemetry.Outbox(depth.Pending, depth.OldestAge);

        var now = time.GetUtcNow();
        var held = _senders.Values.Where(s => s.HoldsLease(now)).ToList();
        if (held.Count > 0)
        {
            var lost = (await leases.RenewAsync(_owner, [.. held.Select(s => s.ConversationId)], options.Value.LeaseTtl, cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var sender in held)
            {
                if (lost.Contains(sender.ConversationId))
                {
                    sender.LeaseLost();
                }
                else
                {
                    sender.LeaseConfirmed(now, options.Value.LeaseTtl);
                }
            }
        }

        foreach (var sender in _senders.Values)
        {
            lock (sender.Gate)
            {
                if (sender.Running || now - sender.LastWork <= options.Value.IdleRelease || !(sender.Pacer?.IsExpired ?? true))
                {
                    continue;
                }

                sender.Retired = true;
            }

            await RetireAsync(sender, now, cancellationToken);
        }
    }

    // The lease is released while the sender is still registered, so no new sender can acquire it in between and then
    // find it deleted under it; kicks that came meanwhile are run by the sender made after it.
    private async Task RetireAsync(ConversationSender sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            if (sender.HoldsLease(now))
            {
                sender.LeaseLost();
                await leases.ReleaseAsync(_owner, sender.ConversationId, cancellationToken);
            }
        }
        finally
        {
            _senders.TryRemove(new KeyValuePair<string, ConversationSender>(sender.ConversationId, sender));
            bool kicked;
            lock (sender.Gate)
            {
                kicked = sender.KickedWhileRetired;
            }

            if (kicked)
            {
                Kick(sender.ConversationId);
            }
        }
    }

    private async Task RunAsync(ConversationSender sender)
    {
        try
        {
            while (true)
            {
                lock (sender.Gate)
                {
                    sender.Again = false;
                }

                var askedAt = time.GetUtcNow();
                if (!sender.HoldsLease(askedAt))
                {
                    if (await leases.TryAcquireAsync(sender.ConversationId, _owner, options.Value.LeaseTtl, _stopping.Token))
                    {
                        sender.LeaseConfirmed(askedAt, options.Value.LeaseTtl);
                    }
                }

                // Without the lease another instance sends for this conversation (it was signalled by the commit).
                if (sender.HoldsLease(time.GetUtcNow()))
                {
                    sender.Pacer ??= await sending.NewPacerAsync(sender.ConversationId, _stopping.Token);
                    await DrainAsync(sender);
                }

                // Stopping and checking for new work are one step, or a kick in between would be lost.
                lock (sender.Gate)
                {
                    if (!sender.Again || !sender.HoldsLease(time.GetUtcNow()))
                    {
                        sender.Running = false;
                        sender.LastWork = time.GetUtcNow();
                        return;
                    }
                }
            }
        }
        catch (Exception e)
        {
            // Whether the lease is still ours is unknown after a failure (the store may have been unreachable): the
            // next run asks for it again (the same owner gets it back at once).
            sender.LeaseLost();
            lock (sender.Gate)
            {
                sender.Running = false;
            }

            if (!_stopping.IsCancellationRequested)
            {
                // The entries stay in the outbox; the next kick or sweep tries again.
                LogSenderFailed(logger, e, LogText.Safe(sender.ConversationId));
            }
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
        }
    }

    private async Task DrainAsync(ConversationSender sender)
    {
        // A lease that could not be renewed in time may be another instance's by now: stop, and ask for it again.
        while (!_stopping.IsCancellationRequested && sender.HoldsLease(time.GetUtcNow()))
        {
            var pending = await store.PendingAsync(sender.ConversationId, PageSize, _stopping.Token);
            if (pending.Count == 0)
            {
                return;
            }

            var head = pending[0];
            if (head.NotBefore is { } notBefore && notBefore > time.GetUtcNow())
            {
                // Strict order: nothing overtakes an entry waiting to be tried again.
                await Task.Delay(notBefore - time.GetUtcNow(), time, _stopping.Token);
                continue;
            }

            await sending.SendAsync(sender.Pacer!, head, Covered(head, pending), _stopping.Token);
        }
    }

    // A card post or refresh renders the state as it is when it leaves, which covers the refreshes of the same slot
    // queued behind it (up to the slot's next post): they are marked sent with it instead of sent again.
    private static List<long> Covered(OutboxEntry head, IReadOnlyList<OutboxEntry> pending)
    {
        if (head.Kind is not (OutboxKind.PostCard or OutboxKind.RefreshCard or OutboxKind.ShowCard) || head.Slot is null)
        {
            return [head.Id];
        }

        var ids = new List<long> { head.Id };
        foreach (var entry in pending.Skip(1).Where(e => e.Slot == head.Slot))
        {
            if (entry.Kind is OutboxKind.PostCard || (entry.Kind is OutboxKind.ShowCard && head.Kind is OutboxKind.RefreshCard))
            {
                // A repost makes a new card; a show behind a mere refresh may have to post one.
                break;
            }

            ids.Add(entry.Id);
        }

        return ids;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sender of conversation {ConversationId} stopped; it resumes at the next sweep")]
    private static partial void LogSenderFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox sweep failed; it runs again shortly")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped listening for other instances' outbox signals (the sweep still finds their entries); listening again in {Seconds} s")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule a refresh of card slot {Slot}")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string slot);
}
