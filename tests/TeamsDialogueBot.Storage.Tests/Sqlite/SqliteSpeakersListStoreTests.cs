using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteSpeakersListStoreTests : IDisposable
{
    private const string Conversation = "19:meeting_abc@thread.v2";
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private readonly TempDatabase _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 15, 13, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Saved_list_round_trips_entries_policy_audit_and_card_after_reopening_the_file()
    {
        var store = ListsOf(await _temp.OpenMigratedAsync());
        var list = SpeakersList.Create(Conversation, 3, TimeSpan.FromMinutes(3));
        var now = _time.GetUtcNow();
        list.Open(Chair, now);
        list.Request(new Speaker(new ParticipantId("aad-1"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", 4, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now.AddSeconds(3), Chair);
        list.SetPolicy(Chair, OrderingPolicy.Alternate, now);
        list.Ack(Chair, now.AddSeconds(10));
        await store.SaveAsync(list, 0, CancellationToken.None);
        await store.SaveCardAsync(Conversation, 3, "1721051200118", CancellationToken.None);

        var reopened = ListsOf(await _temp.OpenMigratedAsync());
        var found = await reopened.FindAsync(Conversation, 3, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(list.Version, found.Version);
        Assert.Equal(list.Entries, found.Entries);
        Assert.Equal(list.Audit, found.Audit);
        Assert.Equal(OrderingPolicy.Alternate, found.Policy);
        Assert.Equal("Ana Silva", found.Current!.Speaker.Name);
        Assert.Equal("1721051200118", await reopened.FindCardAsync(Conversation, 3, CancellationToken.None));
        Assert.Null(await reopened.FindAsync(Conversation, 2, CancellationToken.None));
    }

    [Fact]
    public async Task Second_writer_from_the_same_version_gets_a_conflict_and_the_first_change_stays()
    {
        var store = ListsOf(await _temp.OpenMigratedAsync());
        var list = SpeakersList.Create(Conversation, 0, TimeSpan.FromMinutes(3));
        list.Open(Actor.System, _time.GetUtcNow());
        await store.SaveAsync(list, 0, CancellationToken.None);

        var first = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
        var second = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
        var expected = first.Version;
        first.Request(new Speaker(new ParticipantId("a"), "A", null, "other", SpeakerChannel.Remote), null, null, _time.GetUtcNow());
        second.Request(new Speaker(new ParticipantId("b"), "B", null, "other", SpeakerChannel.Remote), null, null, _time.GetUtcNow());
        await store.SaveAsync(first, expected, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second, expected, CancellationToken.None));
        var stored = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
        Assert.Equal("A", Assert.Single(stored.Entries).Speaker.Name);
    }

    [Fact]
    public async Task Two_first_saves_of_the_same_list_conflict_instead_of_overwriting()
    {
        var store = ListsOf(await _temp.OpenMigratedAsync());
        var one = SpeakersList.Create(Conversation, 1, TimeSpan.FromMinutes(3));
        var two = SpeakersList.Create(Conversation, 1, TimeSpan.FromMinutes(2));
        one.Open(Actor.System, _time.GetUtcNow());
        two.Open(Actor.System, _time.GetUtcNow());

        await store.SaveAsync(one, 0, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(two, 0, CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(3), (await store.FindAsync(Conversation, 1, CancellationToken.None))!.SpeakingTime);
    }

    [Fact]
    public async Task Profiles_and_chairs_survive_reopening_and_a_profile_keeps_its_mri()
    {
        var profiles = ProfilesOf(await _temp.OpenMigratedAsync());
        var id = new ParticipantId("aad-1");
        await profiles.SaveAsync(Conversation, new Speaker(id, "Ana", null, "other", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
        await profiles.SaveAsync(Conversation, new Speaker(id, "Ana", "UNODC", "NGO", SpeakerChannel.Room), null, CancellationToken.None);
        await profiles.RememberChairAsync(Conversation, "29:chair", CancellationToken.None);
        await profiles.RememberChairAsync(Conversation, "29:chair", CancellationToken.None);

        var reopened = ProfilesOf(await _temp.OpenMigratedAsync());

        Assert.Equal(new Speaker(id, "Ana", "UNODC", "NGO", SpeakerChannel.Room), await reopened.FindAsync(Conversation, id, CancellationToken.None));
        Assert.Equal("29:ana", await reopened.FindMriAsync(Conversation, id, CancellationToken.None));
        Assert.Equal(["29:chair"], await reopened.FindChairsAsync(Conversation, CancellationToken.None));
        Assert.Empty(await reopened.FindChairsAsync("19:other@thread.v2", CancellationToken.None));
    }

    public void Dispose() => _temp.Dispose();

    private SqliteSpeakersListStore ListsOf(SqliteDatabase database) => new(database, new SqliteWriteBatcher(database), _time);

    private SqliteParticipantProfileStore ProfilesOf(SqliteDatabase database) => new(database, new SqliteWriteBatcher(database), _time);
}
