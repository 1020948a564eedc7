using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>A turn's change set is stored whole or not at all, on either database.</summary>
public abstract class CommitContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task A_new_dialogue_list_and_poll_are_stored_by_one_change_set()
    {
        await using var db = await OpenAsync();
        var dialogue = Dialogue();
        dialogue.GoTo(AgendaPosition.Item(2), FlatProgramme.Of(5));
        var list = OpenList(2);
        list.Request(new Speaker(new ParticipantId("aad-1"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", 4, Start);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, Start.AddSeconds(3), Chair);
        list.SetPolicy(Chair, OrderingPolicy.Alternate, Start);
        list.Ack(Chair, Start.AddSeconds(10));
        var poll = Poll(1);

        var result = await db.Committer.CommitAsync(
            Changes(
                new StagedWrite.SaveDialogue(dialogue, 0),
                new StagedWrite.SaveSpeakersList(OpenList(10), 0),
                new StagedWrite.SaveSpeakersList(list, 0),
                new StagedWrite.SaveSpeakersList(OpenList(0), 0),
                new StagedWrite.AddPoll(poll)),
            None);

        Assert.Equal(CommitResult.Committed, result);
        Assert.Equal(dialogue.ToSnapshot(), (await db.Dialogues.FindAsync(Conversation, None))!.ToSnapshot());
        Assert.Null(await db.Dialogues.FindAsync(Other, None));
        Assert.Equal([0, 2, 10], (await db.Lists.ListAsync(Conversation, None)).Select(l => l.ItemIndex));
        Assert.Empty(await db.Lists.ListAsync(Other, None));
        var stored = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(2), None))!;
        Assert.Equal(list.Version, stored.Version);
        Assert.Equal(list.Entries, stored.Entries);
        Assert.Equal(list.Audit, stored.Audit);
        Assert.Equal(OrderingPolicy.Alternate, stored.Policy);
        Assert.Equal("Ana Silva", stored.Current!.Speaker.Name);
        Assert.Null(await db.Lists.FindAsync(Conversation, AgendaPosition.Item(1), None));
        var restored = (await db.Polls.FindAsync(Conversation, poll.Id, None))!;
        Assert.Equal(poll.ToSnapshot() with { Options = [] }, restored.ToSnapshot() with { Options = [] });
        Assert.Equal(poll.Options, restored.Options);
    }

    [SkippableFact]
    public async Task Versioned_updates_replace_what_was_read()
    {
        await using var db = await OpenAsync();
        await SeedAsync(db);
        var dialogue = (await db.Dialogues.FindAsync(Conversation, None))!;
        var list = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        var poll = (await db.Polls.FindAsync(Conversation, PollId.Next(1), None))!;
        var (dialogueRead, listRead, pollRead) = (dialogue.Version, list.Version, poll.Version);
        dialogue.MoveNext(FlatProgramme.Of(5));
        list.Request(Person("a", "Ana"), null, null, Start);
        poll.Close(Start.AddMinutes(1), "chair-aad");

        var result = await db.Committer.CommitAsync(
            Changes(
                new StagedWrite.SaveDialogue(dialogue, dialogueRead),
                new StagedWrite.SaveSpeakersList(list, listRead),
                new StagedWrite.SavePoll(poll, pollRead)),
            None);

        Assert.Equal(CommitResult.Committed, result);
        var stored = (await db.Dialogues.FindAsync(Conversation, None))!;
        Assert.Equal((2, dialogueRead + 1), (stored.CurrentItemIndex, stored.Version));
        var storedList = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        Assert.Equal("Ana", Assert.Single(storedList.Entries).Speaker.Name);
        Assert.Equal(list.Version, storedList.Version);
        var storedPoll = (await db.Polls.FindAsync(Conversation, poll.Id, None))!;
        Assert.False(storedPoll.IsOpen);
        Assert.Equal(pollRead + 1, storedPoll.Version);
    }

    [SkippableTheory]
    [InlineData("dialogue", "dialogue " + Conversation)]
    [InlineData("list", "speakers' list 0")]
    [InlineData("poll", "poll p1")]
    public async Task Stale_version_rejects_the_whole_change_set(string stale, string what)
    {
        await using var db = await OpenAsync();
        await SeedAsync(db);
        var dialogue = (await db.Dialogues.FindAsync(Conversation, None))!;
        var list = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        var poll = (await db.Polls.FindAsync(Conversation, PollId.Next(1), None))!;
        var (dialogueRead, listRead, pollRead) = (dialogue.Version, list.Version, poll.Version);
        await ChangeFirstAsync(db, stale);
        dialogue.GoTo(AgendaPosition.Item(3), FlatProgramme.Of(5));
        list.Request(Person("ours", "Ours"), null, null, Start);
        poll.Close(Start.AddMinutes(1), "ours");
        var ana = Person("aad-ana", "Ana");

        var result = await db.Committer.CommitAsync(
            new ChangeSet(
                Conversation,
                [new ActivityClaim("act-1", [1, 2, 3])],
                [
                    new StagedWrite.SaveDialogue(dialogue, dialogueRead),
                    new StagedWrite.SaveSpeakersList(list, listRead),
                    new StagedWrite.SaveProfile(ana, "29:ana"),
                    new StagedWrite.RememberChair("29:chair"),
                    new StagedWrite.Enqueue(Entry("first")),
                    new StagedWrite.AddPoll(Poll(2)),
                    new StagedWrite.SavePoll(poll, pollRead),
                    new StagedWrite.Enqueue(Entry("second")),
                ]),
            None);

        Assert.Equal(new CommitResult.Conflict(what), result);
        var read = await db.Reader.ReadAsync(Conversation, ["act-1"], [ana.Id], None);
        Assert.Empty(read.Claimed);
        Assert.Empty(read.Profiles);
        Assert.Equal(stale == "dialogue" ? 2 : 1, read.Dialogue!.CurrentItemIndex);
        string[] names = stale == "list" ? ["Theirs"] : [];
        Assert.Equal(names, (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!.Entries.Select(e => e.Speaker.Name));
        var storedPoll = (await db.Polls.FindAsync(Conversation, poll.Id, None))!;
        Assert.Equal(stale == "poll" ? "theirs" : null, storedPoll.ClosedBy);
        Assert.Null(await db.Polls.FindAsync(Conversation, PollId.Next(2), None));
        Assert.Empty(await db.Profiles.FindChairsAsync(Conversation, None));
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
    }

    [SkippableFact]
    public async Task Two_first_saves_of_the_same_aggregate_conflict_instead_of_overwriting()
    {
        await using var db = await OpenAsync();
        await SeedAsync(db);
        var again = SpeakersList.Create(Conversation, 0, TimeSpan.FromMinutes(2));

        var dialogue = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveDialogue(Dialogue(), 0)), None);
        var list = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveSpeakersList(again, 0)), None);

        Assert.Equal(new CommitResult.Conflict("dialogue " + Conversation), dialogue);
        Assert.Equal(new CommitResult.Conflict("speakers' list 0"), list);
        Assert.Equal(TimeSpan.FromMinutes(3), (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!.SpeakingTime);
    }

    [SkippableFact]
    public async Task A_claimed_activity_rejects_the_change_set_as_a_duplicate_and_stores_nothing()
    {
        await using var db = await OpenAsync();
        var first = await db.Committer.CommitAsync(
            new ChangeSet(Conversation, [new ActivityClaim("act-1", [7, 7])], [new StagedWrite.SaveDialogue(Dialogue(), 0)]), None);
        var ana = Person("aad-ana");

        var again = await db.Committer.CommitAsync(
            new ChangeSet(
                Conversation,
                [new ActivityClaim("act-2", null), new ActivityClaim("act-1", [9])],
                [new StagedWrite.SaveSpeakersList(OpenList(0), 0), new StagedWrite.SaveProfile(ana, "29:ana"), new StagedWrite.Enqueue(Entry("again"))]),
            None);

        Assert.Equal(CommitResult.Committed, first);
        Assert.Equal(new CommitResult.Duplicate("act-1"), again);
        var read = await db.Reader.ReadAsync(Conversation, ["act-1", "act-2"], [ana.Id], None);
        Assert.Equal(["act-1"], read.Claimed.Keys);
        Assert.Equal([7, 7], read.Claimed["act-1"].Response);
        Assert.Null(read.CurrentList);
        Assert.Empty(read.Profiles);
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
    }

    [SkippableFact]
    public async Task A_change_set_rejected_in_a_group_commit_batch_leaves_the_others_of_the_batch_committed()
    {
        await using var db = await OpenAsync();
        await SeedAsync(db);
        var stale = (await db.Dialogues.FindAsync(Conversation, None))!;
        var staleRead = stale.Version;
        await ChangeFirstAsync(db, "dialogue");
        var list = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        var listRead = list.Version;
        list.Request(Person("ana", "Ana"), null, null, Start);
        stale.GoTo(AgendaPosition.Item(4), FlatProgramme.Of(5));

        Task<CommitResult> rejected, committed, elsewhere;
        await using (await db.HoldWriterAsync())
        {
            rejected = db.Committer.CommitAsync(
                new ChangeSet(Conversation, [new ActivityClaim("act-stale", null)], [new StagedWrite.SaveDialogue(stale, staleRead), new StagedWrite.Enqueue(Entry("stale"))]), None);
            committed = db.Committer.CommitAsync(
                new ChangeSet(Conversation, [new ActivityClaim("act-fresh", null)], [new StagedWrite.SaveSpeakersList(list, listRead), new StagedWrite.Enqueue(Entry("fresh"))]), None);
            elsewhere = db.Committer.CommitAsync(Changes(Other, new StagedWrite.SaveDialogue(Dialogue(Other), 0), new StagedWrite.Enqueue(Entry("other", conversation: Other))), None);
            Assert.False(rejected.IsCompleted || committed.IsCompleted || elsewhere.IsCompleted);
        }

        Assert.Equal(new CommitResult.Conflict("dialogue " + Conversation), await rejected);
        Assert.Equal(CommitResult.Committed, await committed);
        Assert.Equal(CommitResult.Committed, await elsewhere);
        var read = await db.Reader.ReadAsync(Conversation, ["act-stale", "act-fresh"], [], None);
        Assert.Equal(["act-fresh"], read.Claimed.Keys);
        Assert.Equal(2, read.Dialogue!.CurrentItemIndex);
        Assert.Equal("Ana", Assert.Single((await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!.Entries).Speaker.Name);
        Assert.Equal(["fresh"], (await db.Outbox.PendingAsync(Conversation, 10, None)).Select(e => e.Payload));
        Assert.Equal(["other"], (await db.Outbox.PendingAsync(Other, 10, None)).Select(e => e.Payload));
        Assert.NotNull(await db.Dialogues.FindAsync(Other, None));
    }

    [SkippableFact]
    public async Task Requests_from_two_instances_retrying_on_conflict_lose_none_and_number_each_once()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        await SeedAsync(db);
        var instances = new[] { db, other };

        // What a conversation's turns do on every instance: read, decide, commit guarded by the version read, again on conflict.
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            var instance = instances[i % 2];
            while (true)
            {
                var list = (await instance.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
                var read = list.Version;
                list.Request(Person("p" + Number(i)), null, null, Start);
                var result = await instance.Committer.CommitAsync(Changes(new StagedWrite.SaveSpeakersList(list, read)), None);
                if (result == CommitResult.Committed)
                {
                    return;
                }

                Assert.IsType<CommitResult.Conflict>(result);
            }
        }))).WaitAsync(TimeSpan.FromMinutes(2));

        var final = (await other.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        Assert.Equal(60, final.Entries.Select(e => e.Speaker.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 60), final.Entries.Select(e => e.Number).Order());
    }

    /// <summary>A dialogue on item 1, an open list for item 0 and an open poll p1, as committed by earlier turns.</summary>
    internal static async Task SeedAsync(TestDatabase db)
    {
        var dialogue = Dialogue();
        dialogue.GoTo(AgendaPosition.Item(1), FlatProgramme.Of(5));
        var result = await db.Committer.CommitAsync(
            Changes(new StagedWrite.SaveDialogue(dialogue, 0), new StagedWrite.SaveSpeakersList(OpenList(0), 0), new StagedWrite.AddPoll(Poll(1))), None);
        Assert.Equal(CommitResult.Committed, result);
    }

    // Another turn commits a change of the aggregate first, so a copy read before it is stale.
    private static async Task ChangeFirstAsync(TestDatabase db, string aggregate)
    {
        StagedWrite write;
        switch (aggregate)
        {
            case "dialogue":
                var dialogue = (await db.Dialogues.FindAsync(Conversation, None))!;
                var dialogueRead = dialogue.Version;
                dialogue.MoveNext(FlatProgramme.Of(5));
                write = new StagedWrite.SaveDialogue(dialogue, dialogueRead);
                break;
            case "list":
                var list = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
                var listRead = list.Version;
                list.Request(Person("theirs", "Theirs"), null, null, Start);
                write = new StagedWrite.SaveSpeakersList(list, listRead);
                break;
            default:
                var poll = (await db.Polls.FindAsync(Conversation, PollId.Next(1), None))!;
                var pollRead = poll.Version;
                poll.Close(Start.AddSeconds(30), "theirs");
                write = new StagedWrite.SavePoll(poll, pollRead);
                break;
        }

        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(write), None));
    }
}
