using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// Hears of every change the bot shows a conversation and, once a burst has settled
/// (<see cref="DisplayOptions.Debounce"/>), pushes one fresh snapshot to its room displays. A rush of 300
/// votes becomes a few pushes, and the request path never waits for the display. A conversation without a display
/// link can have no display watching, so nothing more is read or pushed for it (in a many-meeting rush that is most).
/// </summary>
public sealed partial class DisplayWatcher(
    DisplaySnapshots snapshots,
    IDisplayTokens tokens,
    IDisplayPublisher publisher,
    IOptions<DisplayOptions> options,
    ConversationCache cache,
    TimeProvider time,
    ILogger<DisplayWatcher> logger) : IConversationWatcher, IDisposable
{
    private readonly ConcurrentDictionary<string, ITimer> _pending = new(StringComparer.Ordinal);

    private int _running;

    /// <summary>Pushes scheduled or in flight; tests wait for it to drop to zero.</summary>
    public bool IsIdle => _pending.IsEmpty && Volatile.Read(ref _running) == 0;

    public void Changed(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var id = conversation.ConversationId;
        if (_pending.ContainsKey(id))
        {
            return;
        }

        var timer = time.CreateTimer(_ => _ = PushAsync(id), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_pending.TryAdd(id, timer))
        {
            timer.Change(options.Value.Debounce, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var timer in _pending.Values)
        {
            timer.Dispose();
        }

        _pending.Clear();
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failed push must not crash the timer thread; the next change pushes again.")]
    private async Task PushAsync(string conversationId)
    {
        Interlocked.Increment(ref _running);
        try
        {
            // Removed before reading, so a change that lands while this push reads schedules another one.
            if (_pending.TryRemove(conversationId, out var timer))
            {
                await timer.DisposeAsync();
            }

            // The link is read each time (a `display rotate` replaces it); the one pushed to last is remembered in the
            // conversation's cache, so pages still open on a replaced link are told it no longer works.
            var linked = cache.Area(conversationId, "display", () => new Linked());
            if (await tokens.FindTokenAsync(conversationId, CancellationToken.None) is not { } token)
            {
                return;
            }

            var previous = Interlocked.Exchange(ref linked.Token, token);
            if (previous is not null && previous != token)
            {
                await publisher.RevokeAsync(previous, CancellationToken.None);
            }

            var snapshot = await snapshots.LoadAsync(conversationId, CancellationToken.None);
            await publisher.PublishAsync(token, snapshot, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogPushFailed(logger, exception);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the room display")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);

    private sealed class Linked
    {
        public string? Token;
    }
}
