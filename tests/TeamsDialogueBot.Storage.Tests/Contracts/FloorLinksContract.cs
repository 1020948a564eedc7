using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Tests.Retention;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Floor links (`floor qr`, issue 18) on either database: stored with the turn, guarded by version, purged by retention.</summary>
public abstract class FloorLinksContract
{
    private const string First = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private const string Second = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly ConversationReference Reference = new()
    {
        ConversationId = Conversation,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
        TenantId = "tenant-1",
        MeetingId = "MCMxOTpt==",
    };

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task A_link_is_found_by_conversation_and_token_until_rotated_and_keeps_its_state_and_reference()
    {
        await using var db = await OpenAsync();
        Assert.Null(await db.FloorLinks.FindAsync(Conversation, None));
        var link = FloorLink.None(Conversation);
        link.TurnOn(First, Reference);

        await CommitAsync(db, new StagedWrite.SaveFloorLink(link, 0));
        var stored = (await db.FloorLinks.FindByTokenAsync(First, None))!;
        Assert.Equal((Conversation, First, true, 1L, Reference), (stored.ConversationId, stored.Token, stored.IsOn, stored.Version, stored.Reference));

        stored.Rotate(Second, Reference);
        stored.TurnOff(Reference);
        await CommitAsync(db, new StagedWrite.SaveFloorLink(stored, 1));

        Assert.Null(await db.FloorLinks.FindByTokenAsync(First, None));
        var rotated = (await db.FloorLinks.FindAsync(Conversation, None))!;
        Assert.Equal((Second, false, 3L), (rotated.Token, rotated.IsOn, rotated.Version));
        Assert.Equal(Conversation, (await db.FloorLinks.FindByTokenAsync(Second, None))!.ConversationId);
        Assert.Null(await db.FloorLinks.FindAsync(Other, None));
    }

    [SkippableFact]
    public async Task Two_instances_turning_the_link_on_at_once_store_one_token_and_the_loser_stores_nothing()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        var mine = FloorLink.None(Conversation);
        mine.TurnOn(First, Reference);
        var theirs = FloorLink.None(Conversation);
        theirs.TurnOn(Second, Reference);

        await CommitAsync(db, new StagedWrite.SaveFloorLink(mine, 0));
        var result = await other.Committer.CommitAsync(
            Changes(new StagedWrite.SaveFloorLink(theirs, 0), new StagedWrite.Enqueue(Entry("Requests from phones are on"))), None);

        Assert.Equal(new CommitResult.Conflict("floor link " + Conversation), result);
        Assert.Equal(First, (await other.FloorLinks.FindAsync(Conversation, None))!.Token);
        Assert.Null(await db.FloorLinks.FindByTokenAsync(Second, None));
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
    }

    [SkippableFact]
    public async Task Saving_from_a_stale_version_conflicts_so_an_off_is_never_overwritten_by_an_old_on()
    {
        await using var db = await OpenAsync();
        var link = FloorLink.None(Conversation);
        link.TurnOn(First, Reference);
        await CommitAsync(db, new StagedWrite.SaveFloorLink(link, 0));
        var a = (await db.FloorLinks.FindAsync(Conversation, None))!;
        var b = (await db.FloorLinks.FindAsync(Conversation, None))!;

        a.TurnOff(Reference);
        await CommitAsync(db, new StagedWrite.SaveFloorLink(a, 1));
        b.Rotate(Second, Reference);
        var result = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveFloorLink(b, 1)), None);

        Assert.IsType<CommitResult.Conflict>(result);
        var stored = (await db.FloorLinks.FindAsync(Conversation, None))!;
        Assert.Equal((First, false), (stored.Token, stored.IsOn));
    }

    [SkippableFact]
    public async Task Retention_deletes_the_link_and_keeps_which_entries_came_from_phones()
    {
        await using var db = await OpenAsync();
        await RetentionData.TakePartAsync(db, Conversation);
        var link = FloorLink.None(Conversation);
        link.TurnOn(First, Reference);
        var list = (await db.Lists.FindAsync(Conversation, Domain.Programme.AgendaPosition.Item(0), None))!;
        list.Request(new Speaker(ParticipantId.ForPhone("browser-1"), "Ana from a phone", "UNODC", "NGO", SpeakerChannel.Room), null, null, Start);
        await CommitAsync(db, new StagedWrite.SaveFloorLink(link, 0), new StagedWrite.SaveSpeakersList(list, list.Version - 1));

        db.Time.Advance(TimeSpan.FromDays(100));
        Assert.True(await db.Retention.PurgeAsync(Conversation, db.Time.GetUtcNow().AddDays(-90), None));

        Assert.Null(await db.FloorLinks.FindAsync(Conversation, None));
        Assert.Null(await db.FloorLinks.FindByTokenAsync(First, None));
        var redacted = (await db.Lists.FindAsync(Conversation, Domain.Programme.AgendaPosition.Item(0), None))!;
        var phone = Assert.Single(redacted.Entries, e => e.FromPhone);
        Assert.DoesNotContain("phone:", phone.Speaker.Id.Value, StringComparison.Ordinal);
        Assert.Equal(SpeakerChannel.Room, phone.Speaker.Channel);
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
