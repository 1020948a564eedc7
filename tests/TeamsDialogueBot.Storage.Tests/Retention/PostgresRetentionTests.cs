using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Postgres;
using static TeamsDialogueBot.Storage.Tests.Retention.PostgresRetentionData;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// The same retention behaviours as <see cref="SqliteRetentionTests"/>, against PostgreSQL, plus the privacy edges:
/// what has not ended stays, and what is purged leaves no identifying value in any table.
/// </summary>
public sealed class PostgresRetentionTests
{
    private readonly FakeTimeProvider _time = new(Start);

    [SkippableFact]
    public async Task Ninety_days_after_the_last_activity_the_participants_are_forgotten_and_the_aggregates_stay()
    {
        const string ended = "19:meeting_pg_ninety_ended@thread.v2";
        const string recent = "19:meeting_pg_ninety_recent@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var (named, anonymous) = await TakePartAsync(database, ended);
        _time.Advance(TimeSpan.FromDays(80));
        await TakePartAsync(database, recent);
        var service = Service(database, days: 90);

        _time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));

        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), _time);
        await using var batcher = new PostgresWriteBatcher(database);
        var polls = new PostgresPollStore(database, batcher, _time);
        var list = (await new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time).FindAsync(ended, 0, CancellationToken.None))!;
        Assert.Null(await profiles.FindAsync(ended, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Null(await profiles.FindMriAsync(ended, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Empty(await profiles.FindChairsAsync(ended, CancellationToken.None));
        Assert.False(await new PostgresProcessedActivities(database, batcher, _time).WasProcessedAsync(ended, "a1", CancellationToken.None));
        Assert.Empty(list.Audit);
        Assert.All(list.Entries, e => Assert.StartsWith(Redaction.Prefix, e.Speaker.Id.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(list.Entries, e => e.Speaker.Name.Contains("Ana", StringComparison.Ordinal) || e.Speaker.Organisation is not null || e.Topic is not null);
        Assert.Equal(["NGO", "academia"], list.Entries.Select(e => e.Speaker.Group));
        Assert.Equal(2, FloorFigures.Compute(list, _time.GetUtcNow()).Total.Requests);
        var namedAnswers = await polls.AnswersAsync(ended, named, CancellationToken.None);
        Assert.All(namedAnswers, a => Assert.StartsWith(Redaction.Prefix, a.Voter.Value, StringComparison.Ordinal));
        Assert.Equal(2, namedAnswers.Select(a => a.Voter).Distinct().Count());
        Assert.Equal([["a"], ["b"]], namedAnswers.Select(a => a.Choices).OrderBy(c => c[0]));
        Assert.Equal(Redaction.Prefix, (await polls.FindAsync(ended, named, CancellationToken.None))!.OpenedBy);
        Assert.Equal(2, (await polls.AnswersAsync(ended, anonymous, CancellationToken.None)).Count);
        Assert.NotNull(await new PostgresDialogueStore(database, _time).FindAsync(ended, CancellationToken.None));

        // The other dialogue is untouched, and a purged one is not purged again until something happens in it.
        Assert.NotNull(await profiles.FindAsync(recent, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Contains(new VoterKey(AnaAad), (await polls.AnswersAsync(recent, named, CancellationToken.None)).Select(a => a.Voter));
        Assert.True(await new PostgresProcessedActivities(database, batcher, _time).WasProcessedAsync(recent, "a1", CancellationToken.None));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task After_the_purge_no_row_of_the_conversation_in_any_table_identifies_a_participant()
    {
        const string ended = "19:meeting_pg_scan_ended@thread.v2";
        const string recent = "19:meeting_pg_scan_recent@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, ended);
        _time.Advance(TimeSpan.FromDays(89));
        await TakePartAsync(database, recent);
        var before = await ConversationRowsAsync(database, ended);
        Assert.All(Identifying, value => Assert.Contains(before, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));

        var rows = await ConversationRowsAsync(database, ended);
        Assert.Contains(rows, row => row.StartsWith("speakers_lists", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("poll_answers", StringComparison.Ordinal));
        foreach (var value in Identifying)
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        var kept = await ConversationRowsAsync(database, recent);
        Assert.All(Identifying, value => Assert.Contains(kept, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableTheory]
    [InlineData("vote")]
    [InlineData("activity")]
    [InlineData("profile")]
    [InlineData("chair")]
    [InlineData("dialogue")]
    public async Task A_dialogue_with_any_recent_activity_has_not_ended_and_keeps_its_participants(string activity)
    {
        var conversation = $"19:meeting_pg_active_{activity}@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var (named, _) = await TakePartAsync(database, conversation);
        _time.Advance(TimeSpan.FromDays(85));
        await ActAsync(database, conversation, named, activity);
        _time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));

        var rows = await ConversationRowsAsync(database, conversation);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        _time.Advance(TimeSpan.FromDays(81));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task An_ended_dialogue_younger_than_the_configured_days_is_kept_until_they_pass()
    {
        const string conversation = "19:meeting_pg_young@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, conversation);
        var service = Service(database, days: 30);
        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), _time);

        _time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
        Assert.NotNull(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Equal(["29:chair"], await profiles.FindChairsAsync(conversation, CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));
        Assert.Null(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_write_read_before_the_purge_conflicts_instead_of_bringing_the_names_back()
    {
        const string conversation = "19:meeting_pg_stale@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var (named, _) = await TakePartAsync(database, conversation);
        var lists = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
        await using var batcher = new PostgresWriteBatcher(database);
        var polls = new PostgresPollStore(database, batcher, _time);
        var staleList = (await lists.FindAsync(conversation, 0, CancellationToken.None))!;
        var staleListVersion = staleList.Version;
        var stalePoll = (await polls.FindAsync(conversation, named, CancellationToken.None))!;
        var stalePollVersion = stalePoll.Version;
        _time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));

        var now = _time.GetUtcNow();
        staleList.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, now);
        Assert.Null(stalePoll.Close(now, "chair-aad"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => lists.SaveAsync(staleList, staleListVersion, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => polls.SaveAsync(conversation, stalePoll, stalePollVersion, CancellationToken.None));

        // The retry reads the forgotten list and carries on from it.
        var fresh = (await lists.FindAsync(conversation, 0, CancellationToken.None))!;
        var freshVersion = fresh.Version;
        fresh.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, now);
        await lists.SaveAsync(fresh, freshVersion, CancellationToken.None);
        var saved = (await lists.FindAsync(conversation, 0, CancellationToken.None))!;
        Assert.Equal(["Speaker 1", "Speaker 2", "Ben Okafor"], saved.Entries.Select(e => e.Speaker.Name));
        var rows = await ConversationRowsAsync(database, conversation);
        Assert.DoesNotContain(rows, row => row.Contains("Ana Silva", StringComparison.Ordinal) || row.Contains("chair-aad", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Activity_after_a_purge_stamped_by_a_lagging_clock_starts_a_new_period_whose_participants_are_forgotten_in_turn()
    {
        const string conversation = "19:meeting_pg_revived@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, conversation);
        var service = Service(database, days: 90);
        _time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));

        // Another instance, its clock two minutes behind the one that purged, sees the dialogue come back to life.
        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), new FakeTimeProvider(_time.GetUtcNow() - TimeSpan.FromMinutes(2)));
        var ben = new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", "UNDP", "UN", SpeakerChannel.Room);
        await profiles.SaveAsync(conversation, ben, "29:ben", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ben, await profiles.FindAsync(conversation, ben.Id, CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));
        Assert.Null(await profiles.FindAsync(conversation, ben.Id, CancellationToken.None));
        Assert.DoesNotContain(await ConversationRowsAsync(database, conversation), row => row.Contains("Ben Okafor", StringComparison.Ordinal) || row.Contains("29:ben", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Activity_between_finding_the_ended_dialogue_and_purging_it_keeps_everything()
    {
        const string conversation = "19:meeting_pg_between@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, conversation);
        var store = new PostgresRetentionStore(database);
        _time.Advance(TimeSpan.FromDays(91));
        var endedBefore = _time.GetUtcNow().AddDays(-90);
        Assert.Equal([conversation], await store.FindEndedAsync(endedBefore, CancellationToken.None));

        // Ben asks for the floor on another instance after the pass found the dialogue, before it purges it.
        var lists = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
        var list = (await lists.FindAsync(conversation, 0, CancellationToken.None))!;
        var expected = list.Version;
        list.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, _time.GetUtcNow());
        await lists.SaveAsync(list, expected, CancellationToken.None);

        Assert.False(await store.PurgeAsync(conversation, endedBefore, CancellationToken.None));

        var rows = await ConversationRowsAsync(database, conversation);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, row => row.StartsWith("retention_purges", StringComparison.Ordinal));
        Assert.Equal(["Ana Silva", "Li Wei", "Ben Okafor"], (await lists.FindAsync(conversation, 0, CancellationToken.None))!.Entries.Select(e => e.Speaker.Name));
    }

    [SkippableFact]
    public async Task A_change_committed_while_the_purge_runs_fails_the_purge_and_keeps_everything()
    {
        const string conversation = "19:meeting_pg_during@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, conversation);
        var store = new PostgresRetentionStore(database);
        _time.Advance(TimeSpan.FromDays(91));
        var endedBefore = _time.GetUtcNow().AddDays(-90);
        var lists = new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), _time);
        var list = (await lists.FindAsync(conversation, 0, CancellationToken.None))!;
        list.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, _time.GetUtcNow());

        // Another instance's save of the list, still uncommitted: its row lock stops the purge half-way through.
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var save = new NpgsqlCommand("UPDATE speakers_lists SET version = @version, data = @data, updated_at = @now WHERE conversation_id = @c AND item_index = 0", connection))
        {
            save.Parameters.AddWithValue("c", conversation);
            save.Parameters.AddWithValue("version", list.Version);
            save.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(list.ToSnapshot()));
            save.Parameters.AddWithValue("now", _time.GetUtcNow());
            Assert.Equal(1, await save.ExecuteNonQueryAsync());
        }

        var purge = store.PurgeAsync(conversation, endedBefore, CancellationToken.None);
        await WaitForALockWaitAsync(database).WaitAsync(TimeSpan.FromSeconds(30));
        await transaction.CommitAsync();

        Assert.False(await purge.WaitAsync(TimeSpan.FromSeconds(30)));
        var rows = await ConversationRowsAsync(database, conversation);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, row => row.StartsWith("retention_purges", StringComparison.Ordinal));
        Assert.Equal(["Ana Silva", "Li Wei", "Ben Okafor"], (await lists.FindAsync(conversation, 0, CancellationToken.None))!.Entries.Select(e => e.Speaker.Name));
    }

    [SkippableFact]
    public async Task Anonymous_answers_hold_no_participant_id_before_any_purge()
    {
        const string conversation = "19:meeting_pg_anonymous@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var (_, anonymous) = await TakePartAsync(database, conversation);

        await using var batcher = new PostgresWriteBatcher(database);
        var keys = (await new PostgresPollStore(database, batcher, _time).AnswersAsync(conversation, anonymous, CancellationToken.None)).Select(a => a.Voter.Value).ToList();

        Assert.Equal(2, keys.Count);
        Assert.DoesNotContain(keys, k => k.Contains(AnaAad, StringComparison.OrdinalIgnoreCase) || k.Contains("A1B2", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task The_hosted_service_purges_on_its_interval_with_the_configured_days()
    {
        const string conversation = "19:meeting_pg_hosted@thread.v2";
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await TakePartAsync(database, conversation);
        using var service = Service(database, days: 7);
        var first = service.NextPassAsync();
        await service.StartAsync(CancellationToken.None);
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), _time);
        Assert.NotNull(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));

        var next = service.NextPassAsync();
        _time.Advance(TimeSpan.FromDays(8));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        Assert.Null(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));
    }
    private RetentionService Service(PostgresDatabase database, int days) =>
        new(new PostgresRetentionStore(database), Options.Create(new RetentionOptions { RetentionDays = days }), _time, NullLogger<RetentionService>.Instance);

    private static async Task WaitForALockWaitAsync(PostgresDatabase database)
    {
        await using var waiting = database.DataSource.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock')");
        while (!(bool)(await waiting.ExecuteScalarAsync())!)
        {
            await Task.Yield();
        }
    }

    private Task ActAsync(PostgresDatabase database, string conversation, PollId named, string activity) =>
        PostgresRetentionData.ActAsync(database, conversation, named, activity, _time);

    private Task<(PollId Named, PollId Anonymous)> TakePartAsync(PostgresDatabase database, string conversation) =>
        PostgresRetentionData.TakePartAsync(database, conversation, _time);
}
