using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>What each kind of staged write stores, on either database.</summary>
public abstract class StagedWritesContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Adding_a_poll_whose_id_is_taken_conflicts_and_stores_nothing_of_its_change_set()
    {
        await using var db = await OpenAsync();
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(new StagedWrite.AddPoll(Poll(1))), None));

        // Another instance launched p1 at the same moment.
        var result = await db.Committer.CommitAsync(
            Changes(new StagedWrite.AddPoll(Poll(1, "Which venue?")), new StagedWrite.Enqueue(Entry("poll card", OutboxKind.PostCard, "poll/p1"))), None);

        Assert.Equal(new CommitResult.Conflict("poll id p1"), result);
        Assert.Equal("Which format?", (await db.Polls.FindAsync(Conversation, PollId.Next(1), None))!.Question);
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
        Assert.Equal(PollId.Next(2), await db.Polls.NextIdAsync(Conversation, None));
    }

    [SkippableFact]
    public async Task A_profile_saved_without_an_mri_keeps_the_stored_one_and_its_new_content()
    {
        await using var db = await OpenAsync();
        var id = new ParticipantId("aad-1");
        var remote = new Speaker(id, "Ana", null, "other", SpeakerChannel.Remote);
        var inRoom = new Speaker(id, "Ana", "UNODC", "NGO", SpeakerChannel.Room);

        await CommitAsync(db, new StagedWrite.SaveProfile(remote, "29:ana"));
        await CommitAsync(db, new StagedWrite.SaveProfile(inRoom, null));

        Assert.Equal(inRoom, await db.Profiles.FindAsync(Conversation, id, None));
        Assert.Equal("29:ana", await db.Profiles.FindMriAsync(Conversation, id, None));
        await CommitAsync(db, new StagedWrite.SaveProfile(inRoom, "29:ana-new"));
        Assert.Equal("29:ana-new", await db.Profiles.FindMriAsync(Conversation, id, None));
        Assert.Null(await db.Profiles.FindAsync(Conversation, new ParticipantId("nobody"), None));
        Assert.Null(await db.Profiles.FindAsync(Other, id, None));
    }

    [SkippableFact]
    public async Task Remembering_a_chair_again_keeps_one_entry_and_its_first_time()
    {
        await using var db = await OpenAsync();

        await CommitAsync(db, new StagedWrite.RememberChair("29:zoe"));
        db.Time.Advance(TimeSpan.FromMinutes(1));
        await CommitAsync(db, new StagedWrite.RememberChair("29:adam"), new StagedWrite.RememberChair("29:zoe"));
        await CommitAsync(db, new StagedWrite.RememberChair("29:zoe"));

        // Oldest first: Zoe was confirmed before Adam, whose name sorts first.
        Assert.Equal(["29:zoe", "29:adam"], await db.Profiles.FindChairsAsync(Conversation, None));
        Assert.Empty(await db.Profiles.FindChairsAsync(Other, None));
    }

    [SkippableFact]
    public async Task Enqueued_entries_come_back_pending_in_order_with_kind_slot_and_payload()
    {
        await using var db = await OpenAsync();
        OutboxEntry[] entries =
        [
            Entry("Ana has the floor", second: 1),
            Entry("""{"card":"queue"}""", OutboxKind.PostCard, "queue/0", second: 1),
            Entry("""{"to":"29:ana","text":"You are next"}""", OutboxKind.Personal, second: 1),
            Entry("{}", OutboxKind.RefreshCard, "agenda", second: 2),
            Entry("{}", OutboxKind.ShowCard, "poll/p1", second: 3),
        ];

        await CommitAsync(db, [.. entries[..3].Select(e => new StagedWrite.Enqueue(e))]);
        await CommitAsync(db, [.. entries[3..].Select(e => new StagedWrite.Enqueue(e))]);

        var pending = await db.Outbox.PendingAsync(Conversation, 10, None);
        Assert.Equal(entries, pending.Select(e => e with { Id = 0 }));
        Assert.Equal(pending.Select(e => e.Id).Order(), pending.Select(e => e.Id));
        Assert.Equal(5, pending.Select(e => e.Id).Distinct().Count());
        Assert.All(pending, e => Assert.True(e.Id > 0));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
