using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresSpeakersListStoreTests
{
    private const string Conversation = "19:meeting_abc@thread.v2";
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 15, 13, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task Saved_list_round_trips_entries_policy_audit_and_card_through_a_new_data_source()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var list = SpeakersList.Create(Conversation, 3, TimeSpan.FromMinutes(3));
        await using (var database = await MigratedPostgres.OpenAsync(connectionString))
        {
            var store = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
            var now = _time.GetUtcNow();
            list.Open(Chair, now);
            list.Request(new Speaker(new ParticipantId("aad-1"), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", 4, now);
            list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now.AddSeconds(3), Chair);
            list.SetPolicy(Chair, OrderingPolicy.Alternate, now);
            list.Ack(Chair, now.AddSeconds(10));
            await store.SaveAsync(list, 0, CancellationToken.None);
            await store.SaveCardAsync(Conversation, 3, "1721051200118", CancellationToken.None);
        }

        await using var reopened = await MigratedPostgres.OpenAsync(connectionString);
        var again = new PostgresSpeakersListStore(reopened, new PostgresWriteBatcher(reopened), _time);
        var found = await again.FindAsync(Conversation, 3, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(list.Version, found.Version);
        Assert.Equal(list.Entries, found.Entries);
        Assert.Equal(list.Audit, found.Audit);
        Assert.Equal(OrderingPolicy.Alternate, found.Policy);
        Assert.Equal("Ana Silva", found.Current!.Speaker.Name);
        Assert.Equal("1721051200118", await again.FindCardAsync(Conversation, 3, CancellationToken.None));
        Assert.Null(await again.FindAsync(Conversation, 2, CancellationToken.None));
        Assert.Null(await again.FindCardAsync(Conversation, 2, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Second_writer_from_the_same_version_gets_a_conflict_and_the_first_change_stays()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
        var list = SpeakersList.Create(Conversation, 0, TimeSpan.FromMinutes(3));
        list.Open(Actor.System, _time.GetUtcNow());
        await store.SaveAsync(list, 0, CancellationToken.None);

        var first = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
        var second = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
        var expected = first.Version;
        first.Request(Person("a"), null, null, _time.GetUtcNow());
        second.Request(Person("b"), null, null, _time.GetUtcNow());
        await store.SaveAsync(first, expected, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second, expected, CancellationToken.None));
        Assert.Equal("a", Assert.Single((await store.FindAsync(Conversation, 0, CancellationToken.None))!.Entries).Speaker.Name);
    }

    [SkippableFact]
    public async Task Two_first_saves_conflict_and_a_card_needs_a_saved_list()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
        var one = SpeakersList.Create(Conversation, 1, TimeSpan.FromMinutes(3));
        var two = SpeakersList.Create(Conversation, 1, TimeSpan.FromMinutes(2));
        one.Open(Actor.System, _time.GetUtcNow());
        two.Open(Actor.System, _time.GetUtcNow());

        await store.SaveAsync(one, 0, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(two, 0, CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(3), (await store.FindAsync(Conversation, 1, CancellationToken.None))!.SpeakingTime);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveCardAsync(Conversation, 9, "1:x", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Requests_from_two_instances_with_retry_on_conflict_lose_none_and_number_each_once()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var a = await MigratedPostgres.OpenAsync(connectionString);
        await using var b = await MigratedPostgres.OpenAsync(connectionString);
        var stores = new[] { new PostgresSpeakersListStore(a, new PostgresWriteBatcher(a), _time), new PostgresSpeakersListStore(b, new PostgresWriteBatcher(b), _time) };
        var opened = SpeakersList.Create(Conversation, 0, TimeSpan.FromMinutes(3));
        opened.Open(Chair, _time.GetUtcNow());
        await stores[0].SaveAsync(opened, 0, CancellationToken.None);

        // What QueueSessions does on every instance: read, apply, save guarded by the version read, retry on conflict.
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var store = stores[i % 2];
            while (true)
            {
                var list = (await store.FindAsync(Conversation, 0, CancellationToken.None))!;
                var expected = list.Version;
                list.Request(Person($"p{i}"), null, null, _time.GetUtcNow());
                try
                {
                    await store.SaveAsync(list, expected, CancellationToken.None);
                    return;
                }
                catch (ConcurrencyConflictException)
                {
                }
            }
        })));

        var final = (await stores[1].FindAsync(Conversation, 0, CancellationToken.None))!;
        Assert.Equal(100, final.Entries.Count);
        Assert.Equal(100, final.Entries.Select(e => e.Speaker.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 100), final.Entries.Select(e => e.Number).Order());
    }

    [SkippableFact]
    public async Task Profiles_and_chairs_survive_a_new_data_source_and_a_profile_keeps_its_mri()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var id = new ParticipantId("aad-1");
        await using (var database = await MigratedPostgres.OpenAsync(connectionString))
        {
            var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), _time);
            await profiles.SaveAsync(Conversation, new Speaker(id, "Ana", null, "other", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
            await profiles.SaveAsync(Conversation, new Speaker(id, "Ana", "UNODC", "NGO", SpeakerChannel.Room), null, CancellationToken.None);
            await profiles.RememberChairAsync(Conversation, "29:chair", CancellationToken.None);
            await profiles.RememberChairAsync(Conversation, "29:chair", CancellationToken.None);
        }

        await using var reopened = await MigratedPostgres.OpenAsync(connectionString);
        var again = new PostgresParticipantProfileStore(reopened, new PostgresWriteBatcher(reopened), _time);

        Assert.Equal(new Speaker(id, "Ana", "UNODC", "NGO", SpeakerChannel.Room), await again.FindAsync(Conversation, id, CancellationToken.None));
        Assert.Equal("29:ana", await again.FindMriAsync(Conversation, id, CancellationToken.None));
        Assert.Null(await again.FindAsync(Conversation, new ParticipantId("nobody"), CancellationToken.None));
        Assert.Equal(["29:chair"], await again.FindChairsAsync(Conversation, CancellationToken.None));
        Assert.Empty(await again.FindChairsAsync("19:other@thread.v2", CancellationToken.None));
    }

    private static Speaker Person(string name) => new(new ParticipantId(name), name, null, "other", SpeakerChannel.Remote);
}
