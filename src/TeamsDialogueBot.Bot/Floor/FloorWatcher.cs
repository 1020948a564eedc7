using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// The floor pages' side of what <see cref="DisplayWatcher"/> does for the room display: hears of every change, and
/// once a burst has settled (<see cref="DisplayOptions.Debounce"/>) pushes one snapshot to the pages open on the
/// dialogue's link. A dialogue without a link has no pages, so nothing is read beyond the link for it.
/// </summary>
public sealed partial class FloorWatcher(
    IFloorLinks links,
    PhoneSnapshots snapshots,
    IFloorPublisher publisher,
    ConversationCache cache,
    IOptions<DisplayOptions> options,
    TimeProvider time,
    ILogger<FloorWatcher> logger) : IConversationWatcher, IDisposable
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

            if (await links.FindAsync(conversationId, CancellationToken.None) is not { Token: { } token } link)
            {
                return;
            }

            // The token last pushed, in the conversation's cache: when it changes (`floor qr rotate`) the old one's pages
            // are told. Only the pages of this instance's last push: after a restart, an old page learns it at its next post.
            var pushed = cache.Area(conversationId, "floor", () => new PushedToken());
            var previous = Interlocked.Exchange(ref pushed.Token, token);
            if (previous is not null && previous != token)
            {
                await publisher.RevokeAsync(previous, CancellationToken.None);
            }

            await publisher.PublishAsync(token, await snapshots.LoadAsync(link, CancellationToken.None), CancellationToken.None);
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

    private sealed class PushedToken
    {
        public string? Token;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the floor pages")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);
}
