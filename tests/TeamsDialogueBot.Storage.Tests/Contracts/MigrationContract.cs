using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Storage.Schema;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Schema steps on either database: each applied once and in order, and migration 13 keeps what version 12 stored.</summary>
public abstract class MigrationContract
{
    private const string A = "19:migrated_a@thread.v2";
    private const string B = "19:migrated_b@thread.v2";
    private const string At = "'2024-07-15T09:00:00Z'";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A new database of this kind, migrated with <paramref name="migrations"/> only.</summary>
    protected abstract Task<TestDatabase> OpenAsync(IReadOnlyList<Migration> migrations);

    protected abstract IReadOnlyList<Migration> All { get; }

    [SkippableFact]
    public async Task An_empty_database_gets_every_migration_once()
    {
        await using var db = await OpenAsync([]);

        await db.MigrateAsync(All);
        await db.MigrateAsync(All);

        Assert.Equal(All.Count, await db.LongAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(All.Max(m => m.Version), await db.LongAsync("SELECT MAX(version) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task Instances_starting_together_apply_each_migration_once()
    {
        await using var db = await OpenAsync([]);
        var instances = new List<TestDatabase> { db };
        for (var i = 0; i < 3; i++)
        {
            instances.Add(await db.AnotherInstanceAsync());
        }

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.MigrateAsync(All))));

        Assert.Equal(All.Count, await db.LongAsync("SELECT COUNT(*) FROM schema_migrations"));
        foreach (var instance in instances.Skip(1))
        {
            await instance.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_database_from_a_newer_build_stops_startup_with_a_clear_message()
    {
        await using var db = await OpenAsync(All);
        await db.ExecuteAsync("INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00Z')");

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => db.MigrateAsync(All));

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer build", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_step_that_landed_out_of_order_below_the_highest_is_still_applied()
    {
        var top = All.Max(m => m.Version);
        var later = new Migration(top + 2, "later", "CREATE TABLE later (x INTEGER);");
        await using var db = await OpenAsync([.. All, later]);

        await db.MigrateAsync([.. All, new Migration(top + 1, "gap", "CREATE TABLE gap (x INTEGER);"), later]);

        await db.ExecuteAsync("INSERT INTO gap (x) VALUES (1); INSERT INTO later (x) VALUES (2);");
        Assert.Equal(3, await db.LongAsync("SELECT (SELECT SUM(x) FROM gap) + (SELECT SUM(x) FROM later)"));
    }

    [SkippableFact]
    public async Task Migration_13_moves_the_posted_cards_into_card_slots_and_the_current_item_into_its_column()
    {
        await using var db = await OpenAsync([.. All.Where(m => m.Version < 13)]);
        await db.ExecuteAsync($"""
            INSERT INTO dialogues (conversation_id, version, data, updated_at) VALUES
                ('{A}', 4, '{OldDialogue(A, item: 2, version: 4, agendaCard: "1:agenda-a")}', {At}),
                ('{B}', 1, '{OldDialogue(B, item: 0, version: 1, agendaCard: null)}', {At});
            INSERT INTO speakers_lists (conversation_id, item_index, version, data, card_activity_id, updated_at) VALUES
                ('{A}', 0, 1, '{Json(OpenList(0, A).ToSnapshot())}', NULL, {At}),
                ('{A}', 2, 1, '{Json(OpenList(2, A).ToSnapshot())}', '1:queue-a2', {At}),
                ('{B}', 0, 1, '{Json(OpenList(0, B).ToSnapshot())}', '1:queue-b0', {At});
            INSERT INTO polls (conversation_id, poll_id, sequence, version, is_open, card_activity_id, data, updated_at) VALUES
                ('{A}', 'p1', 1, 1, TRUE, '1:poll-a1', '{Json(Poll(1).ToSnapshot())}', {At}),
                ('{A}', 'p2', 2, 1, TRUE, NULL, '{Json(Poll(2).ToSnapshot())}', {At});
            """);

        await db.MigrateAsync(All);

        Assert.Equal("1:queue-a2", await db.Outbox.FindCardAsync(A, "queue/2", None));
        Assert.Null(await db.Outbox.FindCardAsync(A, "queue/0", None));
        Assert.Equal("1:queue-b0", await db.Outbox.FindCardAsync(B, "queue/0", None));
        Assert.Equal("1:poll-a1", await db.Outbox.FindCardAsync(A, "poll/p1", None));
        Assert.Null(await db.Outbox.FindCardAsync(A, "poll/p2", None));
        Assert.Equal("1:agenda-a", await db.Outbox.FindCardAsync(A, "agenda", None));
        Assert.Null(await db.Outbox.FindCardAsync(B, "agenda", None));
        Assert.Equal(4, await db.LongAsync("SELECT COUNT(*) FROM card_slots"));
        Assert.Equal(2, await db.LongAsync($"SELECT current_item FROM dialogues WHERE conversation_id = '{A}'"));

        // What the new code reads and writes works on the migrated rows.
        var read = await db.Reader.ReadAsync(A, [], [], None);
        Assert.Equal((2, 4L), (read.Dialogue!.CurrentItemIndex, read.Dialogue.Version));
        Assert.Equal(2, read.CurrentList!.ItemIndex);
        Assert.Equal(0, (await db.Reader.ReadAsync(B, [], [], None)).CurrentList!.ItemIndex);
        Assert.Equal(2, (await db.Polls.ListAsync(A, None)).Count);
        var list = read.CurrentList;
        list.Request(Person("ana", "Ana"), null, null, Start);
        var dialogue = read.Dialogue;
        dialogue.GoTo(AgendaPosition.Item(0), FlatProgramme.Of(5));
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(A, new StagedWrite.SaveSpeakersList(list, 1), new StagedWrite.SaveDialogue(dialogue, 4)), None));
        Assert.Equal(0, (await db.Reader.ReadAsync(A, [], [], None)).CurrentList!.ItemIndex);
    }

    // A dialogue as builds up to migration 12 wrote it: the agenda card's activity id inside the JSON.
    // PostgreSQL turns the lists' jsonb column into json (SQLite's step changes nothing): rows saved before read back
    // whole, and a save after it is read back by another instance.
    [SkippableFact]
    public async Task Migration_20_keeps_the_stored_lists_readable_and_writable()
    {
        await using var db = await OpenAsync([.. All.Where(m => m.Version < 20)]);
        var list = OpenList(0, A);
        list.Request(Person("ana", "Ana \"Quote\" Ünïcode"), "topic's", null, Start);
        await db.ExecuteAsync($"""
            INSERT INTO speakers_lists (conversation_id, item_index, panel, version, data, updated_at) VALUES
                ('{A}', 0, 0, {list.Version}, '{Json(list.ToSnapshot())}', {At});
            """);

        await db.MigrateAsync(All);

        var read = (await db.Lists.FindAsync(A, AgendaPosition.Item(0), None))!;
        Assert.Equal(list.Entries, read.Entries);
        var version = read.Version;
        read.Request(Person("ben", "Ben"), null, null, Start);
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(A, [], [new StagedWrite.SaveSpeakersList(read, version)]), None));
        await using var other = await db.AnotherInstanceAsync();
        Assert.Equal(["Ana \"Quote\" Ünïcode", "Ben"], (await other.Lists.FindAsync(A, AgendaPosition.Item(0), None))!.Entries.Select(e => e.Speaker.Name));
    }

    private static string OldDialogue(string conversation, int item, long version, string? agendaCard)
    {
        var card = agendaCard is null ? "" : "\"agendaCardActivityId\":\"" + agendaCard + "\",";
        return $$"""{"reference":{"conversationId":"{{conversation}}","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","botId":"28:bot"},"currentItemIndex":{{item}},{{card}}"version":{{version}}}""";
    }

    private static string Json<T>(T snapshot) => StorageJson.Write(snapshot).Replace("'", "''", StringComparison.Ordinal);
}
