using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// The same retention behaviours as <see cref="SqliteRetentionTests"/>, against PostgreSQL, plus the privacy edges:
/// what has not ended stays, and what is purged leaves no identifying value in any table.
/// </summary>
public sealed class PostgresRetentionTests
{
    private const string AnaAad = "B0A1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D";
    private const string LiAad = "A1B2C3D4-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);

    // Everything TakePartAsync stores that names or identifies someone: ids, MRIs, names, organisation, topic.
    private static readonly string[] Identifying = [AnaAad, LiAad, "29:ana", "29:chair", "chair-aad", "Co-Chair One", "Ana Silva", "UNODC", "on review", "Li Wei"];

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

        var profiles = new PostgresParticipantProfileStore(database, _time);
        await using var batcher = new PostgresWriteBatcher(database);
        var polls = new PostgresPollStore(database, batcher, _time);
        var list = (await new PostgresSpeakersListStore(database, _time).FindAsync(ended, 0, CancellationToken.None))!;
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
        var profiles = new PostgresParticipantProfileStore(database, _time);

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
        var lists = new PostgresSpeakersListStore(database, _time);
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
        var profiles = new PostgresParticipantProfileStore(database, new FakeTimeProvider(_time.GetUtcNow() - TimeSpan.FromMinutes(2)));
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
        var profiles = new PostgresParticipantProfileStore(database, _time);
        Assert.NotNull(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));

        var next = service.NextPassAsync();
        _time.Advance(TimeSpan.FromDays(8));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        Assert.Null(await profiles.FindAsync(conversation, new ParticipantId(AnaAad), CancellationToken.None));
    }

    /// <summary>Every row of every table keyed by conversation, as "table {json}": a table added later is scanned too.</summary>
    private static async Task<List<string>> ConversationRowsAsync(PostgresDatabase database, string conversation)
    {
        var tables = new List<string>();
        await using (var list = database.DataSource.CreateCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'conversation_id' ORDER BY table_name"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Superset(new HashSet<string>(["dialogues", "speakers_lists", "participant_profiles", "conversation_chairs", "polls", "poll_answers", "processed_activities"]), tables.ToHashSet());
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = database.DataSource.CreateCommand("SELECT row_to_json(t)::text FROM \"" + table + "\" t WHERE conversation_id = @c");
            select.Parameters.AddWithValue("c", conversation);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + " " + reader.GetString(0));
            }
        }

        return rows;
    }

    private RetentionService Service(PostgresDatabase database, int days) =>
        new(new PostgresRetentionStore(database), Options.Create(new RetentionOptions { RetentionDays = days }), _time, NullLogger<RetentionService>.Instance);

    private async Task ActAsync(PostgresDatabase database, string conversation, PollId named, string activity)
    {
        await using var batcher = new PostgresWriteBatcher(database);
        var profiles = new PostgresParticipantProfileStore(database, _time);
        var dialogues = new PostgresDialogueStore(database, _time);
        var dialogue = (await dialogues.FindAsync(conversation, CancellationToken.None))!;
        var expected = dialogue.Version;
        dialogue.GoTo(1, 3);
        await (activity switch
        {
            "vote" => new PostgresPollStore(database, batcher, _time).UpsertAnswerAsync(conversation, new Answer(named, new VoterKey("C0FFEE00-0000-4000-8000-000000000002"), _time.GetUtcNow()) { Choices = ["a"] }, CancellationToken.None),
            "activity" => new PostgresProcessedActivities(database, batcher, _time).RecordAsync(conversation, "a2", CancellationToken.None),
            "profile" => profiles.SaveAsync(conversation, new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, CancellationToken.None),
            "chair" => profiles.RememberChairAsync(conversation, "29:cochair", CancellationToken.None),
            _ => dialogues.SaveAsync(dialogue, expected, CancellationToken.None),
        });
    }

    private async Task<(PollId Named, PollId Anonymous)> TakePartAsync(PostgresDatabase database, string conversation)
    {
        var now = _time.GetUtcNow();
        await new PostgresDialogueStore(database, _time).SaveAsync(
            Dialogue.Start(new ConversationReference { ConversationId = conversation, ServiceUrl = "https://smba.trafficmanager.net/emea/", BotId = "28:bot" }), 0, CancellationToken.None);
        var list = SpeakersList.Create(conversation, 0, TimeSpan.FromMinutes(3));
        var chair = new Actor("chair-aad", "Co-Chair One");
        list.Open(chair, now);
        list.Request(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", null, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now, chair);
        await new PostgresSpeakersListStore(database, _time).SaveAsync(list, 0, CancellationToken.None);

        var profiles = new PostgresParticipantProfileStore(database, _time);
        await profiles.SaveAsync(conversation, new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
        await profiles.RememberChairAsync(conversation, "29:chair", CancellationToken.None);
        await using var batcher = new PostgresWriteBatcher(database);
        await new PostgresProcessedActivities(database, batcher, _time).RecordAsync(conversation, "a1", CancellationToken.None);

        var polls = new PostgresPollStore(database, batcher, _time);
        var named = Poll.AdHoc(await polls.NextIdAsync(conversation, CancellationToken.None), new PollSpec("Format?", PollKind.SingleChoice, ["Hybrid", "Online"]), 0, "chair-aad", now).Value!;
        await polls.AddAsync(conversation, named, CancellationToken.None);
        var anonymous = Poll.AdHoc(await polls.NextIdAsync(conversation, CancellationToken.None), new PollSpec("Venue?", PollKind.SingleChoice, ["Vienna", "NYC"]) { Anonymous = true }, 0, "chair-aad", now).Value!;
        await polls.AddAsync(conversation, anonymous, CancellationToken.None);
        byte[] secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
        foreach (var (aad, choice) in new[] { (AnaAad, "a"), (LiAad, "b") })
        {
            Assert.True(await polls.UpsertAnswerAsync(conversation, new Answer(named.Id, VoterKey.For(named, aad, secret), now) { Choices = [choice] }, CancellationToken.None));
            Assert.True(await polls.UpsertAnswerAsync(conversation, new Answer(anonymous.Id, VoterKey.For(anonymous, aad, secret), now) { Choices = [choice] }, CancellationToken.None));
        }

        return (named.Id, anonymous.Id);
    }
}
