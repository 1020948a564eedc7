using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// What the room display's and the floor pages' watchers share: hears of every change to a conversation and, once a
/// burst has settled (<see cref="DisplayOptions.Debounce"/>), runs one push for it. Pushes for one conversation run one
/// at a time, each reading after the one before it was sent, and so does the snapshot a page is sent when it connects
/// (<see cref="InTurnAsync"/>): a page never receives an older snapshot after a newer one. Without that, a page that
/// connected while a change was being pushed could be sent its slower initial read last and stay on the stale state.
/// </summary>
public abstract partial class ConversationPushes : IConversationWatcher, IDisposable
{
    // Striped rather than one per conversation: one conversation's pushes always share a gate, nothing grows with the
    // number of conversations, and pushes for different conversations rarely wait for each other.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly ConcurrentDictionary<string, ITimer> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly IOptions<DisplayOptions> _options;
    private readonly ILogger _logger;
    private int _running;

    /// <summary>
    /// A push that failed (the store or the backplane briefly unavailable) is tried again after this, doubled after each
    /// further failure, <see cref="RetriesAfterFailure"/> times at most — sooner if a change schedules one. Without it
    /// the pages stayed on the old state (the wrong speaker, a stale tally) until something else changed.
    /// </summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    public const int RetriesAfterFailure = 5;

    protected ConversationPushes(TimeProvider time, IOptions<DisplayOptions> options, ILogger logger)
    {
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <summary>Pushes scheduled or in flight; tests wait for it to drop to zero.</summary>
    public bool IsIdle => _pending.IsEmpty && !IsRunning;

    /// <summary>A push is reading or sending right now (a retry may still be scheduled).</summary>
    public bool IsRunning => Volatile.Read(ref _running) != 0;

    public void Changed(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Schedule(conversation.ConversationId, _options.Value.Debounce);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Reads and sends one conversation's snapshot to its pages; never runs twice at once for a conversation.</summary>
    protected abstract Task PushAsync(string conversationId);

    /// <summary>Runs <paramref name="work"/> after the push under way for the conversation was sent and before the next reads.</summary>
    protected async Task InTurnAsync(string conversationId, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(work);
        var gate = _gates[(uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            await work();
        }
        finally
        {
            gate.Release();
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var timer in _pending.Values)
        {
            timer.Dispose();
        }

        _pending.Clear();
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failed push must not crash the timer thread; the next change pushes again.")]
    private async Task RunAsync(string conversationId)
    {
        Interlocked.Increment(ref _running);
        try
        {
            await InTurnAsync(conversationId, async () =>
            {
                // Removed before reading, so a change that lands while this push reads schedules another one.
                if (_pending.TryRemove(conversationId, out var timer))
                {
                    await timer.DisposeAsync();
                }

                await PushAsync(conversationId);
            }, CancellationToken.None);
            _failures.TryRemove(conversationId, out _);
        }
        catch (Exception exception)
        {
            LogPushFailed(_logger, exception);
            var failures = _failures.AddOrUpdate(conversationId, 1, static (_, n) => n + 1);
            if (failures <= RetriesAfterFailure)
            {
                Schedule(conversationId, RetryAfterFailure * (1 << (failures - 1)));
            }
            else
            {
                _failures.TryRemove(conversationId, out _);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    // One timer per conversation at a time: a change while one is scheduled is read by that push anyway.
    private void Schedule(string conversationId, TimeSpan delay)
    {
        if (_pending.ContainsKey(conversationId))
        {
            return;
        }

        var timer = _time.CreateTimer(_ => _ = RunAsync(conversationId), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_pending.TryAdd(conversationId, timer))
        {
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the pages open on a conversation's link")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);

    /// <summary>
    /// The link a conversation's pages were last pushed on, kept in an area of the conversation's cache. Before a push
    /// on a link, <see cref="MoveToAsync"/> tells the pages of a replaced one (`display rotate`, `floor qr rotate`) and
    /// only then remembers the new one, so a revoke that failed is tried again by the retry. Pushes for a conversation
    /// run one at a time, so nothing else moves it meanwhile. Only this instance's last link; a page connecting here
    /// before any push (as after a restart) makes its link known (<see cref="Seed"/>), or a rotation that came next
    /// would leave it on the old link, live to look at and sent nothing.
    /// </summary>
    protected sealed class LastLink
    {
        private string? _token;

        /// <summary>The link a page connected with, when no push has said which link the pages are on yet.</summary>
        public void Seed(string token)
        {
            ArgumentException.ThrowIfNullOrEmpty(token);
            Interlocked.CompareExchange(ref _token, token, null);
        }

        public async Task MoveToAsync(string token, Func<string, Task> revoke)
        {
            ArgumentNullException.ThrowIfNull(revoke);
            var previous = Volatile.Read(ref _token);
            if (previous is not null && previous != token)
            {
                await revoke(previous);
            }

            Volatile.Write(ref _token, token);
        }
    }
}
