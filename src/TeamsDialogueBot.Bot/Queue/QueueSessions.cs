using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Dialogues;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Loads, changes and saves the speakers' list of one item one change at a time, then brings its card up to
/// date. A list is created open the first time its item is used. Card updates go through the outbound lane
/// with the list's version, so a rush of requests collapses into a few PUTs, the newest last.
/// </summary>
public sealed class QueueSessions(
    ISpeakersListStore store,
    IParticipantProfileStore profiles,
    ConversationGate gate,
    ConversationOutbox outbox,
    Programme programme,
    TimeProvider time)
{
    private const int MaxAttempts = 8;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PendingChange>> _pending = new(StringComparer.Ordinal);

    /// <summary>
    /// Applies <paramref name="change"/> and saves. Changes arriving while another is being saved wait at the
    /// gate; the first of them to get in applies them all, in arrival order, with one save and one card
    /// update (group commit), so a rush of hands costs a few writes instead of one each.
    /// </summary>
    public async Task<(SpeakersList List, T Result)> ChangeAsync<T>(
        ConversationReference reference,
        int itemIndex,
        Func<SpeakersList, DateTimeOffset, T> change,
        CardPosting posting,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(change);
        var key = $"queue:{reference.ConversationId}:{itemIndex}";
        var pending = new PendingChange((l, now) => change(l, now), posting);
        _pending.GetOrAdd(key, _ => new ConcurrentQueue<PendingChange>()).Enqueue(pending);
        using (await gate.EnterAsync(key, cancellationToken))
        {
            if (!pending.Done.Task.IsCompleted)
            {
                await ApplyPendingAsync(reference, itemIndex, key, cancellationToken);
            }
        }

        var (list, result) = await pending.Done.Task;
        return (list, (T)result!);
    }

    private async Task ApplyPendingAsync(ConversationReference reference, int itemIndex, string key, CancellationToken cancellationToken)
    {
        var batch = new List<PendingChange>();
        while (_pending.TryGetValue(key, out var queue) && queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var now = time.GetUtcNow();
                var list = await store.FindAsync(reference.ConversationId, itemIndex, cancellationToken);
                var expected = list?.Version ?? 0;
                if (list is null)
                {
                    list = SpeakersList.Create(reference.ConversationId, itemIndex, SpeakingTimeOf(itemIndex));
                    list.Open(Actor.System, now);
                }

                var results = batch.Select(p => p.Change(list, now)).ToList();
                if (list.Version != expected)
                {
                    try
                    {
                        await store.SaveAsync(list, expected, cancellationToken);
                    }
                    catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                    {
                        // Another instance saved first: re-read and re-apply, its change stays.
                        continue;
                    }
                }

                var posting = batch.Any(p => p.Posting == CardPosting.Repost) ? CardPosting.Repost : CardPosting.Update;
                await ShowAsync(reference, list, changed: list.Version != expected, posting, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult((list, results[i]));
                }

                return;
            }
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(e);
            }

            throw;
        }
    }

    /// <summary>The list of an item as stored, without creating it.</summary>
    public Task<SpeakersList?> FindAsync(string conversationId, int itemIndex, CancellationToken cancellationToken) =>
        store.FindAsync(conversationId, itemIndex, cancellationToken);

    public async Task<QueueCardContext> ContextAsync(string conversationId, int itemIndex, CancellationToken cancellationToken) =>
        new(HeadingOf(itemIndex), time.GetUtcNow(), await profiles.FindChairsAsync(conversationId, cancellationToken));

    public string HeadingOf(int itemIndex) =>
        itemIndex >= 0 && itemIndex < programme.Items.Count ? programme.Items[itemIndex].Heading : $"Item {itemIndex + 1}";

    private async Task ShowAsync(ConversationReference reference, SpeakersList list, bool changed, CardPosting posting, CancellationToken cancellationToken)
    {
        var cardId = await store.FindCardAsync(list.ConversationId, list.ItemIndex, cancellationToken);
        if (cardId is not null && posting == CardPosting.Update && !changed)
        {
            return;
        }

        if (cardId is null || posting == CardPosting.Repost)
        {
            var card = QueueCard.Render(list, await ContextAsync(list.ConversationId, list.ItemIndex, cancellationToken), chairView: false);
            // Posted under the gate, so a burst of first requests posts one card, not one each.
            var posted = await outbox.SendCardAsync(reference, card, cancellationToken);
            if (posted is not null)
            {
                await store.SaveCardAsync(list.ConversationId, list.ItemIndex, posted, cancellationToken);
            }

            return;
        }

        // Rendered from the store when the update leaves the lane: with several instances sharing the database,
        // the update Teams receives last then shows the latest list, never an older render held up in a lane.
        var (conversationId, itemIndex) = (list.ConversationId, list.ItemIndex);
        outbox.QueueCardRender(reference, cardId, async ct =>
        {
            var latest = await store.FindAsync(conversationId, itemIndex, ct) ?? list;
            return QueueCard.Render(latest, await ContextAsync(conversationId, itemIndex, ct), chairView: false);
        }, list.Version);
    }

    private sealed record PendingChange(Func<SpeakersList, DateTimeOffset, object?> Change, CardPosting Posting)
    {
        public TaskCompletionSource<(SpeakersList List, object? Result)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private TimeSpan SpeakingTimeOf(int itemIndex) =>
        (itemIndex >= 0 && itemIndex < programme.Items.Count ? programme.Items[itemIndex].SpeakingTime : null) ?? programme.DefaultSpeakingTime;
}
