using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Outbox;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>The durable outbox and the card slots, on either database.</summary>
public abstract class OutboxStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Pending_entries_come_oldest_first_up_to_the_limit_and_only_the_conversations_own()
    {
        await using var db = await OpenAsync();
        await db.Outbox.AddAsync(Entry("one"), None);
        await db.Committer.CommitAsync(Changes(new StagedWrite.Enqueue(Entry("two")), new StagedWrite.Enqueue(Entry("three"))), None);
        await db.Outbox.AddAsync(Entry("elsewhere", conversation: Other), None);
        await db.Outbox.AddAsync(Entry("four", OutboxKind.RefreshCard, "queue/0"), None);

        Assert.Equal(["one", "two", "three"], await PayloadsAsync(db, Conversation, limit: 3));
        Assert.Equal(["one", "two", "three", "four"], await PayloadsAsync(db, Conversation, limit: 10));
        Assert.Equal(["elsewhere"], await PayloadsAsync(db, Other, limit: 10));
        Assert.Empty(await db.Outbox.PendingAsync("19:nobody@thread.v2", 10, None));
    }

    [SkippableFact]
    public async Task Marking_a_card_post_sent_makes_its_activity_the_slots_card_and_marks_every_given_id()
    {
        await using var db = await OpenAsync();
        await db.Outbox.AddAsync(Entry("card", OutboxKind.PostCard, "queue/0"), None);
        await db.Outbox.AddAsync(Entry("refresh", OutboxKind.RefreshCard, "queue/0"), None);
        await db.Outbox.AddAsync(Entry("later"), None);
        var ids = (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Id).ToList();

        await db.Outbox.MarkSentAsync([ids[0], ids[1]], Start.AddSeconds(5), new CardPosted(ids[0], "1:card-one"), None);

        Assert.Equal("1:card-one", await db.Outbox.FindCardAsync(Conversation, "queue/0", None));
        Assert.Equal(["later"], await PayloadsAsync(db, Conversation, limit: 10));
        Assert.Null(await db.Outbox.FindCardAsync(Conversation, "queue/1", None));
        Assert.Null(await db.Outbox.FindCardAsync(Other, "queue/0", None));

        // The slot's card is the newest posted; a sent message without a card leaves it alone.
        await db.Outbox.AddAsync(Entry("card again", OutboxKind.PostCard, "queue/0"), None);
        var again = (await db.Outbox.PendingAsync(Conversation, 10, None)).Single(e => e.Payload == "card again").Id;
        await db.Outbox.MarkSentAsync([ids[2]], Start.AddSeconds(6), null, None);
        Assert.Equal("1:card-one", await db.Outbox.FindCardAsync(Conversation, "queue/0", None));
        await db.Outbox.MarkSentAsync([again], Start.AddSeconds(7), new CardPosted(again, "1:card-two"), None);
        Assert.Equal("1:card-two", await db.Outbox.FindCardAsync(Conversation, "queue/0", None));
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
    }

    [SkippableFact]
    public async Task The_last_payload_of_a_slot_is_its_newest_entry_s_sent_or_not()
    {
        await using var db = await OpenAsync();
        await db.Outbox.AddAsync(Entry("posted", OutboxKind.PostCard, "poll/p1"), None);
        await db.Outbox.AddAsync(Entry("other slot", OutboxKind.PostCard, "queue/0"), None);
        await db.Outbox.AddAsync(Entry("elsewhere", OutboxKind.RefreshCard, "poll/p1", conversation: Other), None);
        var posted = (await db.Outbox.PendingAsync(Conversation, 10, None))[0].Id;
        await db.Outbox.MarkSentAsync([posted], Start.AddSeconds(1), new CardPosted(posted, "1:poll-card"), None);
        Assert.Equal("posted", await db.Outbox.LastPayloadAsync(Conversation, "poll/p1", None));

        await db.Outbox.AddAsync(Entry("refreshed", OutboxKind.RefreshCard, "poll/p1", second: 2), None);

        Assert.Equal("refreshed", await db.Outbox.LastPayloadAsync(Conversation, "poll/p1", None));
        Assert.Equal("elsewhere", await db.Outbox.LastPayloadAsync(Other, "poll/p1", None));
        Assert.Null(await db.Outbox.LastPayloadAsync(Conversation, "poll/p2", None));
    }

    [SkippableFact]
    public async Task A_dropped_entry_is_never_pending_again()
    {
        await using var db = await OpenAsync();
        await db.Outbox.AddAsync(Entry("refused"), None);
        await db.Outbox.AddAsync(Entry("fine"), None);
        var refused = (await db.Outbox.PendingAsync(Conversation, 10, None))[0].Id;

        await db.Outbox.MarkDroppedAsync(refused, Start.AddSeconds(1), "403 from Teams", None);

        Assert.Equal(["fine"], await PayloadsAsync(db, Conversation, limit: 10));
        Assert.Empty(await db.Outbox.SentSinceAsync(Conversation, Start, None));
    }

    [SkippableFact]
    public async Task A_postponed_entry_counts_its_attempts_and_carries_its_retry_time()
    {
        await using var db = await OpenAsync();
        await db.Outbox.AddAsync(Entry("flaky"), None);
        await db.Outbox.AddAsync(Entry("next"), None);
        var flaky = (await db.Outbox.PendingAsync(Conversation, 10, None))[0];

        await db.Outbox.PostponeAsync(flaky.Id, Start.AddSeconds(30), None);
        await db.Outbox.PostponeAsync(flaky.Id, Start.AddMinutes(2), None);

        var pending = await db.Outbox.PendingAsync(Conversation, 10, None);
        Assert.Equal(flaky with { Attempts = 2, NotBefore = Start.AddMinutes(2) }, pending[0]);
        Assert.Equal((0, null), (pending[1].Attempts, pending[1].NotBefore));
    }

    [SkippableFact]
    public async Task Conversations_with_pending_entries_are_listed_once_each_up_to_the_limit()
    {
        await using var db = await OpenAsync();
        foreach (var conversation in new[] { Conversation, Conversation, Other, "19:third@thread.v2" })
        {
            await db.Outbox.AddAsync(Entry("x", conversation: conversation), None);
        }

        await db.Outbox.AddAsync(Entry("sent", conversation: "19:all-sent@thread.v2"), None);
        var sent = (await db.Outbox.PendingAsync("19:all-sent@thread.v2", 10, None)).Single().Id;
        await db.Outbox.MarkSentAsync([sent], Start, null, None);

        var all = await db.Outbox.ConversationsWithPendingAsync(10, None);
        var two = await db.Outbox.ConversationsWithPendingAsync(2, None);

        Assert.Equal([Conversation, Other, "19:third@thread.v2"], all.Order(StringComparer.Ordinal));
        Assert.Equal(2, two.Distinct().Count());
        Assert.Subset(all.ToHashSet(), two.ToHashSet());
    }

    [SkippableFact]
    public async Task Sent_since_gives_when_the_conversations_entries_left_oldest_first()
    {
        await using var db = await OpenAsync();
        foreach (var payload in new[] { "a", "b", "c", "unsent" })
        {
            await db.Outbox.AddAsync(Entry(payload), None);
        }

        await db.Outbox.AddAsync(Entry("elsewhere", conversation: Other), None);
        var ids = (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Id).ToList();
        var otherId = (await db.Outbox.PendingAsync(Other, 10, None)).Single().Id;
        await db.Outbox.MarkSentAsync([ids[2]], Start.AddSeconds(20), null, None);
        await db.Outbox.MarkSentAsync([ids[0]], Start.AddSeconds(5), null, None);
        await db.Outbox.MarkSentAsync([ids[1]], Start.AddSeconds(10), null, None);
        await db.Outbox.MarkSentAsync([otherId], Start.AddSeconds(15), null, None);

        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(20)], await db.Outbox.SentSinceAsync(Conversation, Start.AddSeconds(10), None));
        Assert.Equal(3, (await db.Outbox.SentSinceAsync(Conversation, Start, None)).Count);
        Assert.Empty(await db.Outbox.SentSinceAsync(Conversation, Start.AddSeconds(21), None));
    }

    [SkippableFact]
    public async Task Depth_counts_unsent_entries_and_the_age_of_the_oldest()
    {
        await using var db = await OpenAsync();
        Assert.Equal(new OutboxDepth(0, TimeSpan.Zero), await db.Outbox.DepthAsync(Start, None));
        await db.Outbox.AddAsync(Entry("sent", second: 1), None);
        await db.Outbox.AddAsync(Entry("dropped", second: 2), None);
        await db.Outbox.AddAsync(Entry("oldest pending", second: 5), None);
        await db.Outbox.AddAsync(Entry("elsewhere", conversation: Other, second: 9), None);
        var ids = (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Id).ToList();
        await db.Outbox.MarkSentAsync([ids[0]], Start.AddSeconds(3), null, None);
        await db.Outbox.MarkDroppedAsync(ids[1], Start.AddSeconds(3), "gone", None);

        var depth = await db.Outbox.DepthAsync(Start.AddMinutes(1), None);

        Assert.Equal(new OutboxDepth(2, TimeSpan.FromSeconds(55)), depth);
    }

    [SkippableFact]
    public async Task Prune_forgets_entries_sent_or_dropped_before_the_cutoff_and_keeps_the_rest()
    {
        await using var db = await OpenAsync();
        foreach (var payload in new[] { "sent early", "dropped early", "sent late", "pending" })
        {
            await db.Outbox.AddAsync(Entry(payload), None);
        }

        var ids = (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Id).ToList();
        await db.Outbox.MarkSentAsync([ids[0]], Start.AddMinutes(10), null, None);
        await db.Outbox.MarkDroppedAsync(ids[1], Start.AddMinutes(20), "refused", None);
        await db.Outbox.MarkSentAsync([ids[2]], Start.AddMinutes(40), null, None);

        var pruned = await db.Outbox.PruneAsync(Start.AddMinutes(30), None);

        Assert.Equal(2, pruned);
        Assert.Equal([Start.AddMinutes(40)], await db.Outbox.SentSinceAsync(Conversation, Start, None));
        Assert.Equal(["pending"], await PayloadsAsync(db, Conversation, limit: 10));
        Assert.Equal(0, await db.Outbox.PruneAsync(Start.AddMinutes(30), None));
    }

    [SkippableFact]
    public async Task Instants_given_with_any_offset_are_read_back_as_the_same_instants()
    {
        await using var db = await OpenAsync();
        var vienna = TimeSpan.FromHours(2);
        await db.Outbox.AddAsync(Entry("added") with { CreatedAt = Start.ToOffset(vienna) }, None);
        await db.Committer.CommitAsync(Changes(new StagedWrite.Enqueue(Entry("committed") with { CreatedAt = Start.AddSeconds(1).ToOffset(vienna) })), None);
        var ids = (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Id).ToList();

        await db.Outbox.PostponeAsync(ids[0], Start.AddMinutes(1).ToOffset(vienna), None);
        await db.Outbox.MarkSentAsync([ids[1]], Start.AddSeconds(2).ToOffset(vienna), null, None);

        var pending = Assert.Single(await db.Outbox.PendingAsync(Conversation, 10, None));
        Assert.Equal((Start, Start.AddMinutes(1)), (pending.CreatedAt, pending.NotBefore!.Value));
        Assert.Equal([Start.AddSeconds(2)], await db.Outbox.SentSinceAsync(Conversation, Start.ToOffset(vienna), None));
        Assert.Equal(new OutboxDepth(1, TimeSpan.FromMinutes(1)), await db.Outbox.DepthAsync(Start.AddMinutes(1).ToOffset(vienna), None));
        Assert.Equal(1, await db.Outbox.PruneAsync(Start.AddMinutes(1).ToOffset(vienna), None));
    }

    private static async Task<List<string>> PayloadsAsync(TestDatabase db, string conversation, int limit) =>
        [.. (await db.Outbox.PendingAsync(conversation, limit, None)).Select(e => e.Payload)];
}
