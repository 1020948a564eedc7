using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteDialogueStoreTests : IDisposable
{
    private static readonly ConversationReference Reference = new()
    {
        ConversationId = "19:meeting_abc@thread.v2",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
        TenantId = "tenant-1",
        MeetingId = "MCMxOTpt==",
    };

    private readonly TempDatabase _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 15, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Saved_dialogue_is_found_again_after_reopening_the_file()
    {
        var store = new SqliteDialogueStore(await _temp.OpenMigratedAsync(), _time);
        var dialogue = Dialogue.Start(Reference);
        dialogue.GoTo(2, 5);
        dialogue.RememberAgendaCard("1721051200118");
        await store.SaveAsync(dialogue, 0, CancellationToken.None);

        var reopened = new SqliteDialogueStore(await _temp.OpenMigratedAsync(), _time);
        var found = await reopened.FindAsync(Reference.ConversationId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(2, found.CurrentItemIndex);
        Assert.Equal("1721051200118", found.AgendaCardActivityId);
        Assert.Equal(dialogue.Version, found.Version);
        Assert.Equal(Reference, found.Reference);
    }

    [Fact]
    public async Task Unknown_conversation_is_not_found()
    {
        var store = new SqliteDialogueStore(await _temp.OpenMigratedAsync(), _time);

        Assert.Null(await store.FindAsync("19:nothing@thread.v2", CancellationToken.None));
    }

    [Fact]
    public async Task Second_writer_from_the_same_version_gets_a_conflict_and_the_first_change_stays()
    {
        var store = new SqliteDialogueStore(await _temp.OpenMigratedAsync(), _time);
        await store.SaveAsync(Dialogue.Start(Reference), 0, CancellationToken.None);

        var first = (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!;
        var second = (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!;
        var expected = first.Version;
        first.MoveNext(5);
        second.GoTo(4, 5);
        await store.SaveAsync(first, expected, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second, expected, CancellationToken.None));
        Assert.Equal(1, (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!.CurrentItemIndex);
    }

    [Fact]
    public async Task Two_creators_of_the_same_conversation_do_not_both_win()
    {
        var store = new SqliteDialogueStore(await _temp.OpenMigratedAsync(), _time);
        await store.SaveAsync(Dialogue.Start(Reference), 0, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(Dialogue.Start(Reference), 0, CancellationToken.None));
    }

    public void Dispose() => _temp.Dispose();
}
