using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Keeps each poll's shared card up to date off the request path. A vote only marks its poll dirty;
/// one loop per poll waits an interval, tallies once from the store and queues one card update, so a
/// burst of hundreds of votes costs a handful of renders. The dirty mark is cleared before the store is
/// read, so whatever commits during a render triggers one more: the last render always shows the final state.
/// </summary>
public sealed partial class PollCardRefresher(
    IPollStore store,
    ConversationOutbox outbox,
    TimeProvider time,
    IOptions<PollsOptions> options,
    ILogger<PollCardRefresher> logger)
{
    private readonly ConcurrentDictionary<(string Conversation, PollId Poll), Slot> _slots = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>The latest tally rendered for the poll, for voters' own views; null before the first render.</summary>
    public TallyView? LastTally(string conversationId, PollId id) =>
        _slots.TryGetValue((conversationId, id), out var slot) ? slot.Tally : null;

    /// <summary>The poll as last seen, so a vote need not read it back from the store.</summary>
    public Poll? Cached(string conversationId, PollId id) =>
        _slots.TryGetValue((conversationId, id), out var slot) ? slot.Poll : null;

    public void Remember(string conversationId, Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        SlotFor(conversationId, poll.Id).Poll = poll;
    }

    /// <summary>Asks for the shared card to be re-rendered soon; returns at once.</summary>
    public void MarkDirty(ConversationReference reference, PollId id)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slot = SlotFor(reference.ConversationId, id);
        slot.Reference = reference;
        Volatile.Write(ref slot.Dirty, 1);
        if (Interlocked.CompareExchange(ref slot.Running, 1, 0) == 0)
        {
            Track(RunAsync(slot, id));
        }
    }

    /// <summary>Completes when no render is pending; the outbound lanes may still be sending the last one.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
    }

    private Slot SlotFor(string conversationId, PollId id) => _slots.GetOrAdd((conversationId, id), _ => new Slot());

    private void Track(Task task)
    {
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunAsync(Slot slot, PollId id)
    {
        var interval = options.Value.RefreshInterval;
        do
        {
            try
            {
                await Task.Delay(interval, time);
                while (Interlocked.Exchange(ref slot.Dirty, 0) == 1)
                {
                    await RenderAsync(slot, id);
                    // Spaces renders out while votes keep coming.
                    await Task.Delay(interval, time);
                }
            }
#pragma warning disable CA1031 // A failed render must not stop later ones; the next vote or close retries it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRenderFailed(logger, exception, id.Value);
            }
            finally
            {
                Volatile.Write(ref slot.Running, 0);
            }
        }
        while (Volatile.Read(ref slot.Dirty) == 1 && Interlocked.CompareExchange(ref slot.Running, 1, 0) == 0);
    }

    private async Task RenderAsync(Slot slot, PollId id)
    {
        var reference = slot.Reference!;
        var conversationId = reference.ConversationId;
        var cardId = await store.FindCardActivityAsync(conversationId, id, CancellationToken.None);
        if (cardId is null)
        {
            return;
        }

        // The tally is read when the update leaves the lane, not now: with several instances sharing the
        // database, whichever update reaches Teams last then carries the latest tally (an older render held
        // up by rate limits or retries can't overwrite a newer one). Renders of one poll never overlap in
        // this process, so a counter orders them here.
        outbox.QueueCardRender(reference, cardId, async cancellationToken =>
        {
            var poll = await store.FindAsync(conversationId, id, cancellationToken);
            if (poll is null)
            {
                return null;
            }

            var tally = PollTally.FromGroups(poll, await store.AnswerGroupsAsync(conversationId, id, cancellationToken));
            slot.Poll = poll;
            slot.Tally = tally;
            return PollCard.Render(poll, tally);
        }, ++slot.Version);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not refresh the card of poll {PollId}")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string pollId);

    private sealed class Slot
    {
        public int Dirty;
        public int Running;
        public long Version;

        public ConversationReference? Reference { get; set; }
        public Poll? Poll { get; set; }
        public TallyView? Tally { get; set; }
    }
}
