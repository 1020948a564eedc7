using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>What a batch of turns reads before deciding, in one round trip, on either database.</summary>
public abstract class ConversationReaderContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Reads_the_asked_claims_with_their_stored_responses()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new ChangeSet(Conversation, [new ActivityClaim("invoke-1", [1, 2, 250]), new ActivityClaim("message-2", null)], []));
        await CommitAsync(db, new ChangeSet(Conversation, [new ActivityClaim("not-asked", [9])], []));
        await CommitAsync(db, new ChangeSet(Other, [new ActivityClaim("elsewhere", [8])], []));

        var read = await db.Reader.ReadAsync(Conversation, ["invoke-1", "message-2", "unknown", "elsewhere"], [], None);

        Assert.Equal(["invoke-1", "message-2"], read.Claimed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 250], read.Claimed["invoke-1"].Response);
        Assert.Null(read.Claimed["message-2"].Response);
        Assert.Equal("invoke-1", read.Claimed["invoke-1"].ActivityId);
    }

    [SkippableFact]
    public async Task Reads_the_dialogue_and_the_list_of_its_current_item()
    {
        await using var db = await OpenAsync();
        var dialogue = Dialogue();
        var lists = new[] { OpenList(0), OpenList(2) };
        lists[1].Request(Person("ana", "Ana"), null, null, Start);
        dialogue.GoTo(AgendaPosition.Item(2), FlatProgramme.Of(5));
        await CommitAsync(db, Changes(
            new StagedWrite.SaveDialogue(dialogue, 0), new StagedWrite.SaveSpeakersList(lists[0], 0), new StagedWrite.SaveSpeakersList(lists[1], 0)));

        var onTwo = await db.Reader.ReadAsync(Conversation, [], [], None);
        var read = dialogue.Version;
        dialogue.GoTo(AgendaPosition.Item(0), FlatProgramme.Of(5));
        await CommitAsync(db, Changes(new StagedWrite.SaveDialogue(dialogue, read)));
        var onZero = await db.Reader.ReadAsync(Conversation, [], [], None);
        read = dialogue.Version;
        dialogue.GoTo(AgendaPosition.Item(4), FlatProgramme.Of(5));
        await CommitAsync(db, Changes(new StagedWrite.SaveDialogue(dialogue, read)));
        var onFour = await db.Reader.ReadAsync(Conversation, [], [], None);

        Assert.Equal(2, onTwo.Dialogue!.CurrentItemIndex);
        Assert.Equal(2, onTwo.CurrentList!.ItemIndex);
        Assert.Equal("Ana", Assert.Single(onTwo.CurrentList.Entries).Speaker.Name);
        Assert.Equal(0, onZero.CurrentList!.ItemIndex);
        Assert.Equal(dialogue.ToSnapshot(), onFour.Dialogue!.ToSnapshot());
        Assert.Null(onFour.CurrentList);

        // Where each read looked, so a batch knows that item 4 has no list without asking again.
        Assert.Equal(AgendaPosition.Item(2), onTwo.CurrentListLookedFor);
        Assert.Equal(AgendaPosition.Item(0), onZero.CurrentListLookedFor);
        Assert.Equal(AgendaPosition.Item(4), onFour.CurrentListLookedFor);
    }

    [SkippableFact]
    public async Task Without_a_dialogue_reads_the_list_of_the_first_item()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, Changes(new StagedWrite.SaveSpeakersList(OpenList(1), 0), new StagedWrite.SaveSpeakersList(OpenList(0), 0)));

        var read = await db.Reader.ReadAsync(Conversation, [], [], None);

        Assert.Null(read.Dialogue);
        Assert.Equal(0, read.CurrentList!.ItemIndex);
        Assert.Equal(AgendaPosition.Item(0), read.CurrentListLookedFor);
    }

    [SkippableFact]
    public async Task Reads_only_the_asked_profiles()
    {
        await using var db = await OpenAsync();
        var ana = new Speaker(new ParticipantId("aad-ana"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote);
        var ben = Person("aad-ben", "Ben");
        await CommitAsync(db, Changes(new StagedWrite.SaveProfile(ana, "29:ana"), new StagedWrite.SaveProfile(ben, null), new StagedWrite.SaveProfile(Person("aad-cy"), null)));
        await CommitAsync(db, Changes(Other, new StagedWrite.SaveProfile(Person("aad-dee"), null)));

        var read = await db.Reader.ReadAsync(Conversation, [], [ana.Id, ben.Id, new ParticipantId("aad-dee"), new ParticipantId("aad-new")], None);

        Assert.Equal(2, read.Profiles.Count);
        Assert.Equal(ana, read.Profiles[ana.Id]);
        Assert.Equal(ben, read.Profiles[ben.Id]);

        // Whom it looked for, so the batch knows that those it did not find have no profile (no second query).
        Assert.Equal(["aad-ana", "aad-ben", "aad-dee", "aad-new"], read.ProfilesAskedFor.Select(p => p.Value).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task An_unknown_conversation_reads_as_empty()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new ChangeSet(Other, [new ActivityClaim("a1", null)], [new StagedWrite.SaveDialogue(Dialogue(Other), 0), new StagedWrite.SaveSpeakersList(OpenList(0, Other), 0)]));

        var read = await db.Reader.ReadAsync(Conversation, ["a1"], [new ParticipantId("aad-ana")], None);

        Assert.Null(read.Dialogue);
        Assert.Null(read.CurrentList);
        Assert.Empty(read.Claimed);
        Assert.Empty(read.Profiles);
    }

    // The reader and the list store take a list's data only when its version is not the one this instance saved or
    // read last (SpeakersListCache): another instance's save moves the version, so it is read in full.
    [SkippableFact]
    public async Task A_list_another_instance_saved_since_is_read_afresh()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        var list = OpenList(0);
        list.Request(Person("aad-ana", "Ana"), null, null, Start);
        await CommitAsync(db, Changes(new StagedWrite.SaveSpeakersList(list, 0)));
        Assert.Single((await db.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!.Entries);

        var theirs = (await other.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!;
        var read = theirs.Version;
        theirs.Request(Person("aad-ben", "Ben"), null, null, Start);
        await CommitAsync(other, Changes(new StagedWrite.SaveSpeakersList(theirs, read)));

        var batch = (await db.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!;
        var found = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;
        Assert.Equal(["Ana", "Ben"], batch.Entries.Select(e => e.Speaker.Name));
        Assert.Equal(theirs.Version, batch.Version);
        Assert.Equal(theirs.Entries, found.Entries);
    }

    [SkippableFact]
    public async Task A_list_read_back_unchanged_is_the_saved_one_and_a_change_left_uncommitted_does_not_leak_into_the_next_read()
    {
        await using var db = await OpenAsync();
        var list = OpenList(0);
        list.Request(Person("aad-ana", "Ana"), "budget", 2, Start);
        await CommitAsync(db, Changes(new StagedWrite.SaveSpeakersList(list, 0)));

        var first = (await db.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!;
        first.Request(Person("aad-ben", "Ben"), null, null, Start);
        first.SetSpeakingTime(Actor.System, TimeSpan.FromMinutes(9), Start);
        var second = (await db.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!;
        var found = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), None))!;

        Assert.Equal(list.Version, second.Version);
        Assert.Equal(list.Entries, second.Entries);
        Assert.Equal(list.SpeakingTime, second.SpeakingTime);
        Assert.Equal(list.Entries, found.Entries);
        Assert.Equal(list.Version, found.Version);
    }

    // The list's JSON is written from a pooled buffer grown past its first size and cut to its length (SQLite): the row
    // must hold exactly the text, whatever the buffer's size. 400 entries are well past 85,000 bytes.
    [SkippableFact]
    public async Task A_long_list_reads_back_whole_on_another_instance()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        var list = OpenList(0);
        for (var i = 0; i < 400; i++)
        {
            list.Request(Person($"aad-{i:D4}", $"Speaker with a long name {i} – ünïcödé"), $"topic {i}", null, Start.AddSeconds(i));
        }

        await CommitAsync(db, Changes(new StagedWrite.SaveSpeakersList(list, 0)));

        var read = (await other.Reader.ReadAsync(Conversation, [], [], None)).CurrentList!;
        Assert.Equal(list.Entries, read.Entries);
        Assert.Equal(list.Version, read.Version);
    }

    private static async Task CommitAsync(TestDatabase db, ChangeSet changes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(changes, None));
}
