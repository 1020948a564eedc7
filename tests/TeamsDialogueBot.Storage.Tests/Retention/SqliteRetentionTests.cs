using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Storage.Tests.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Retention;

public sealed class SqliteRetentionTests : IDisposable
{
    private const string Ended = "19:meeting_ended@thread.v2";
    private const string Recent = "19:meeting_recent@thread.v2";
    private const string AnaAad = "B0A1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D";
    private const string LiAad = "A1B2C3D4-0000-4000-8000-000000000001";

    // Everything TakePartAsync stores that names or identifies someone: ids, MRIs, names, organisation, topic.
    private static readonly string[] Identifying = [AnaAad, LiAad, "29:ana", "29:chair", "chair-aad", "Co-Chair One", "Ana Silva", "UNODC", "on review", "Li Wei"];
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
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

        var lists = new SqliteSpeakersListStore(database, _time);
        var profiles = new SqliteParticipantProfileStore(database, _time);
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
            var profiles = new SqliteParticipantProfileStore(database, _time);
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
        var profiles = new SqliteParticipantProfileStore(database, _time);
        Assert.NotNull(await profiles.FindAsync(Ended, new ParticipantId(AnaAad), CancellationToken.None));

        var next = service.NextPassAsync();
        _time.Advance(TimeSpan.FromDays(8));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        Assert.Null(await profiles.FindAsync(Ended, new ParticipantId(AnaAad), CancellationToken.None));
    }

    /// <summary>Every row of every table with a conversation_id column, as "table value|value…": a table added later is scanned too.</summary>
    private static async Task<List<string>> ConversationRowsAsync(SqliteDatabase database, string conversation)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'conversation_id' ORDER BY m.name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Superset(new HashSet<string>(["speakers_lists", "participant_profiles", "conversation_chairs", "polls", "poll_answers", "processed_activities"]), tables.ToHashSet());
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT * FROM \"" + table + "\" WHERE conversation_id = $c";
            select.Parameters.AddWithValue("$c", conversation);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + " " + string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    private static async Task<bool> WasProcessedAsync(SqliteDatabase database, string conversation)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM processed_activities WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversation);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private RetentionService Service(SqliteDatabase database, int days) =>
        new(new SqliteRetentionStore(database), Options.Create(new RetentionOptions { RetentionDays = days }), _time, NullLogger<RetentionService>.Instance);

    private async Task<(PollId Named, PollId Anonymous)> TakePartAsync(SqliteDatabase database, string conversation)
    {
        var now = _time.GetUtcNow();
        var lists = new SqliteSpeakersListStore(database, _time);
        var list = SpeakersList.Create(conversation, 0, TimeSpan.FromMinutes(3));
        var chair = new Actor("chair-aad", "Co-Chair One");
        list.Open(chair, now);
        list.Request(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", null, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now, chair);
        await lists.SaveAsync(list, 0, CancellationToken.None);

        var profiles = new SqliteParticipantProfileStore(database, _time);
        await profiles.SaveAsync(conversation, new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
        await profiles.RememberChairAsync(conversation, "29:chair", CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var record = connection.CreateCommand())
        {
            record.CommandText = "INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES ($c, 'a1', $at)";
            record.Parameters.AddWithValue("$c", conversation);
            record.Parameters.AddWithValue("$at", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync();
        }

        await using var batcher = new SqliteWriteBatcher(database);
        var polls = new SqlitePollStore(database, batcher, _time);
        var named = Poll.AdHoc(await polls.NextIdAsync(conversation, CancellationToken.None), new PollSpec("Format?", PollKind.SingleChoice, ["Hybrid", "Online"]), 0, "chair-aad", now).Value!;
        await polls.AddAsync(conversation, named, CancellationToken.None);
        var anonymous = Poll.AdHoc(await polls.NextIdAsync(conversation, CancellationToken.None), new PollSpec("Venue?", PollKind.SingleChoice, ["Vienna", "NYC"]) { Anonymous = true }, 0, "chair-aad", now).Value!;
        await polls.AddAsync(conversation, anonymous, CancellationToken.None);
        byte[] secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
        foreach (var (aad, choice) in new[] { (AnaAad, "a"), (LiAad, "b") })
        {
            await polls.UpsertAnswerAsync(conversation, new Answer(named.Id, VoterKey.For(named, aad, secret), now) { Choices = [choice] }, CancellationToken.None);
            await polls.UpsertAnswerAsync(conversation, new Answer(anonymous.Id, VoterKey.For(anonymous, aad, secret), now) { Choices = [choice] }, CancellationToken.None);
        }

        return (named.Id, anonymous.Id);
    }
}
