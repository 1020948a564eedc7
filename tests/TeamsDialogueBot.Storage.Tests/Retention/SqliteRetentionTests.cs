using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Storage.Tests.Sqlite;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;
using static TeamsDialogueBot.Storage.Tests.Retention.SqliteRetentionData;

namespace TeamsDialogueBot.Storage.Tests.Retention;

public sealed class SqliteRetentionTests : IDisposable
{
    private const string Ended = "19:meeting_ended@thread.v2";
    private const string Recent = "19:meeting_recent@thread.v2";
    private readonly TempDatabase _temp = new();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ninety_days_after_the_last_activity_the_participants_are_forgotten_and_the_aggregates_stay()
    {
        var database = await _temp.OpenMigratedAsync();
        var (named, anonymous) = await TakePartAsync(database, Ended);
        _time.Advance(TimeSpan.FromDays(80));
        await TakePartAsync(database, Recent);
        var service = Service(database, days: 90);

        _time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));

        var lists = new SqliteSpeakersListStore(database, new SqliteWriteBatcher(database), _time);
        var profiles = new SqliteParticipantProfileStore(database, new SqliteWriteBatcher(database), _time);
        await using var batcher = new SqliteWriteBatcher(database);
        var polls = new SqlitePollStore(database, batcher, _time);
        var list = (await lists.FindAsync(Ended, 0, CancellationToken.None))!;
        Assert.Null(await profiles.FindAsync(Ended, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Empty(await profiles.FindChairsAsync(Ended, CancellationToken.None));
        Assert.False(await WasProcessedAsync(database, Ended));
        Assert.Empty(list.Audit);
        Assert.All(list.Entries, e => Assert.StartsWith(Redaction.Prefix, e.Speaker.Id.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(list.Entries, e => e.Speaker.Name.Contains("Ana", StringComparison.Ordinal) || e.Speaker.Organisation is not null || e.Topic is not null);
        Assert.Equal(["NGO", "academia"], list.Entries.Select(e => e.Speaker.Group));
        Assert.Equal(2, FloorFigures.Compute(list, _time.GetUtcNow()).Total.Requests);
        var namedAnswers = await polls.AnswersAsync(Ended, named, CancellationToken.None);
        Assert.All(namedAnswers, a => Assert.StartsWith(Redaction.Prefix, a.Voter.Value, StringComparison.Ordinal));
        Assert.Equal([["a"], ["b"]], namedAnswers.Select(a => a.Choices).OrderBy(c => c[0]));
        Assert.Equal(Redaction.Prefix, (await polls.FindAsync(Ended, named, CancellationToken.None))!.OpenedBy);
        Assert.Equal(2, (await polls.AnswersAsync(Ended, anonymous, CancellationToken.None)).Count);

        // The other dialogue is untouched, and a purged one is not purged again until something happens in it.
        Assert.NotNull(await profiles.FindAsync(Recent, new ParticipantId(AnaAad), CancellationToken.None));
        Assert.Contains(new VoterKey(AnaAad), (await polls.AnswersAsync(Recent, named, CancellationToken.None)).Select(a => a.Voter));
        Assert.True(await WasProcessedAsync(database, Recent));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task After_the_purge_no_row_of_the_conversation_in_any_table_identifies_a_participant()
    {
        var database = await _temp.OpenMigratedAsync();
        await TakePartAsync(database, Ended);
        _time.Advance(TimeSpan.FromDays(89));
        await TakePartAsync(database, Recent);
        var before = await ConversationRowsAsync(database, Ended);
        Assert.All(Identifying, value => Assert.Contains(before, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));

        var rows = await ConversationRowsAsync(database, Ended);
        Assert.Contains(rows, row => row.StartsWith("poll_answers", StringComparison.Ordinal));
        foreach (var value in Identifying)
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        var kept = await ConversationRowsAsync(database, Recent);
        Assert.All(Identifying, value => Assert.Contains(kept, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("vote")]
    [InlineData("activity")]
    [InlineData("profile")]
    [InlineData("chair")]
    public async Task A_dialogue_with_any_recent_activity_has_not_ended_and_keeps_its_participants(string activity)
    {
        var database = await _temp.OpenMigratedAsync();
        var (named, _) = await TakePartAsync(database, Ended);
        _time.Advance(TimeSpan.FromDays(85));
        await using (var batcher = new SqliteWriteBatcher(database))
        {
            var profiles = new SqliteParticipantProfileStore(database, new SqliteWriteBatcher(database), _time);
            await (activity switch
            {
                "vote" => new SqlitePollStore(database, batcher, _time).UpsertAnswerAsync(Ended, new Answer(named, new VoterKey("C0FFEE00-0000-4000-8000-000000000002"), _time.GetUtcNow()) { Choices = ["a"] }, CancellationToken.None),
                "activity" => new SqliteProcessedActivities(database, batcher, _time).RecordAsync(Ended, "a2", CancellationToken.None),
                "profile" => profiles.SaveAsync(Ended, new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, CancellationToken.None),
                _ => profiles.RememberChairAsync(Ended, "29:cochair", CancellationToken.None),
            });
        }

        _time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));
        var rows = await ConversationRowsAsync(database, Ended);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        _time.Advance(TimeSpan.FromDays(81));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_write_read_before_the_purge_conflicts_instead_of_bringing_the_names_back()
    {
        var database = await _temp.OpenMigratedAsync();
        var (named, _) = await TakePartAsync(database, Ended);
        var lists = new SqliteSpeakersListStore(database, new SqliteWriteBatcher(database), _time);
        await using var batcher = new SqliteWriteBatcher(database);
        var polls = new SqlitePollStore(database, batcher, _time);
        var staleList = (await lists.FindAsync(Ended, 0, CancellationToken.None))!;
        var staleListVersion = staleList.Version;
        var stalePoll = (await polls.FindAsync(Ended, named, CancellationToken.None))!;
        var stalePollVersion = stalePoll.Version;
        _time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await Service(database, days: 90).RunOnceAsync(CancellationToken.None));

        var now = _time.GetUtcNow();
        staleList.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, now);
        Assert.Null(stalePoll.Close(now, "chair-aad"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => lists.SaveAsync(staleList, staleListVersion, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => polls.SaveAsync(Ended, stalePoll, stalePollVersion, CancellationToken.None));

        // The retry reads the forgotten list and carries on from it.
        var fresh = (await lists.FindAsync(Ended, 0, CancellationToken.None))!;
        var freshVersion = fresh.Version;
        fresh.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, now);
        await lists.SaveAsync(fresh, freshVersion, CancellationToken.None);
        var saved = (await lists.FindAsync(Ended, 0, CancellationToken.None))!;
        Assert.Equal(["Speaker 1", "Speaker 2", "Ben Okafor"], saved.Entries.Select(e => e.Speaker.Name));
        Assert.Equal(Redaction.Prefix, (await polls.FindAsync(Ended, named, CancellationToken.None))!.OpenedBy);
        var rows = await ConversationRowsAsync(database, Ended);
        Assert.DoesNotContain(rows, row => row.Contains("Ana Silva", StringComparison.Ordinal) || row.Contains("chair-aad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_after_a_purge_stamped_by_a_lagging_clock_starts_a_new_period_whose_participants_are_forgotten_in_turn()
    {
        var database = await _temp.OpenMigratedAsync();
        await TakePartAsync(database, Ended);
        var service = Service(database, days: 90);
        _time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));

        // Another instance, its clock two minutes behind the one that purged, sees the dialogue come back to life.
        var profiles = new SqliteParticipantProfileStore(database, new SqliteWriteBatcher(database), new FakeTimeProvider(_time.GetUtcNow() - TimeSpan.FromMinutes(2)));
        var ben = new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", "UNDP", "UN", SpeakerChannel.Room);
        await profiles.SaveAsync(Ended, ben, "29:ben", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ben, await profiles.FindAsync(Ended, ben.Id, CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await service.RunOnceAsync(CancellationToken.None));
        Assert.Null(await profiles.FindAsync(Ended, ben.Id, CancellationToken.None));
        Assert.DoesNotContain(await ConversationRowsAsync(database, Ended), row => row.Contains("Ben Okafor", StringComparison.Ordinal) || row.Contains("29:ben", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_between_finding_the_ended_dialogue_and_purging_it_keeps_everything()
    {
        var database = await _temp.OpenMigratedAsync();
        await TakePartAsync(database, Ended);
        var store = new SqliteRetentionStore(database);
        _time.Advance(TimeSpan.FromDays(91));
        var endedBefore = _time.GetUtcNow().AddDays(-90);
        Assert.Equal([Ended], await store.FindEndedAsync(endedBefore, CancellationToken.None));

        // Ben asks for the floor on another instance after the pass found the dialogue, before it purges it.
        var lists = new SqliteSpeakersListStore(database, new SqliteWriteBatcher(database), _time);
        var list = (await lists.FindAsync(Ended, 0, CancellationToken.None))!;
        var expected = list.Version;
        list.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, _time.GetUtcNow());
        await lists.SaveAsync(list, expected, CancellationToken.None);

        Assert.False(await store.PurgeAsync(Ended, endedBefore, CancellationToken.None));

        var rows = await ConversationRowsAsync(database, Ended);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, row => row.StartsWith("retention_purges", StringComparison.Ordinal));
        Assert.Equal(["Ana Silva", "Li Wei", "Ben Okafor"], (await lists.FindAsync(Ended, 0, CancellationToken.None))!.Entries.Select(e => e.Speaker.Name));
        Assert.True(await WasProcessedAsync(database, Ended));
    }

    [Fact]
    public async Task Anonymous_answers_hold_no_participant_id_before_any_purge()
    {
        var database = await _temp.OpenMigratedAsync();
        var (_, anonymous) = await TakePartAsync(database, Ended);

        await using var batcher = new SqliteWriteBatcher(database);
        var keys = (await new SqlitePollStore(database, batcher, _time).AnswersAsync(Ended, anonymous, CancellationToken.None)).Select(a => a.Voter.Value).ToList();

        Assert.Equal(2, keys.Count);
        Assert.DoesNotContain(keys, k => k.Contains(AnaAad, StringComparison.OrdinalIgnoreCase) || k.Contains("A1B2", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_hosted_service_purges_on_its_interval_with_the_configured_days()
    {
        var database = await _temp.OpenMigratedAsync();
        await TakePartAsync(database, Ended);
        using var service = Service(database, days: 7);
        var first = service.NextPassAsync();
        await service.StartAsync(CancellationToken.None);
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        var profiles = new SqliteParticipantProfileStore(database, new SqliteWriteBatcher(database), _time);
        Assert.NotNull(await profiles.FindAsync(Ended, new ParticipantId(AnaAad), CancellationToken.None));

        var next = service.NextPassAsync();
        _time.Advance(TimeSpan.FromDays(8));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        Assert.Null(await profiles.FindAsync(Ended, new ParticipantId(AnaAad), CancellationToken.None));
    }
    private RetentionService Service(SqliteDatabase database, int days) =>
        new(new SqliteRetentionStore(database), Options.Create(new RetentionOptions { RetentionDays = days }), _time, NullLogger<RetentionService>.Instance);

    private Task<(PollId Named, PollId Anonymous)> TakePartAsync(SqliteDatabase database, string conversation) =>
        SqliteRetentionData.TakePartAsync(database, conversation, _time);
}
