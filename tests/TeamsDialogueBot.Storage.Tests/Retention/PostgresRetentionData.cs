using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>A dialogue's participants as the PostgreSQL stores keep them, and every row that could still name them.</summary>
internal static class PostgresRetentionData
{
    public static async Task<(PollId Named, PollId Anonymous)> TakePartAsync(PostgresDatabase database, string conversation, TimeProvider time)
    {
        var now = time.GetUtcNow();
        await new PostgresDialogueStore(database, time).SaveAsync(
            Dialogue.Start(new ConversationReference { ConversationId = conversation, ServiceUrl = "https://smba.trafficmanager.net/emea/", BotId = "28:bot" }), 0, CancellationToken.None);
        var list = SpeakersList.Create(conversation, 0, TimeSpan.FromMinutes(3));
        var chair = new Actor("chair-aad", "Co-Chair One");
        list.Open(chair, now);
        list.Request(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", null, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now, chair);
        await new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), time).SaveAsync(list, 0, CancellationToken.None);

        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), time);
        await profiles.SaveAsync(conversation, new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
        await profiles.RememberChairAsync(conversation, "29:chair", CancellationToken.None);
        await using var batcher = new PostgresWriteBatcher(database);
        await new PostgresProcessedActivities(database, batcher, time).RecordAsync(conversation, "a1", CancellationToken.None);

        var polls = new PostgresPollStore(database, batcher, time);
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

    public static async Task ActAsync(PostgresDatabase database, string conversation, PollId named, string activity, TimeProvider time)
    {
        await using var batcher = new PostgresWriteBatcher(database);
        var profiles = new PostgresParticipantProfileStore(database, new PostgresWriteBatcher(database), time);
        var dialogues = new PostgresDialogueStore(database, time);
        var dialogue = (await dialogues.FindAsync(conversation, CancellationToken.None))!;
        var expected = dialogue.Version;
        dialogue.GoTo(1, 3);
        await (activity switch
        {
            "vote" => new PostgresPollStore(database, batcher, time).UpsertAnswerAsync(conversation, new Answer(named, new VoterKey("C0FFEE00-0000-4000-8000-000000000002"), time.GetUtcNow()) { Choices = ["a"] }, CancellationToken.None),
            "activity" => new PostgresProcessedActivities(database, batcher, time).RecordAsync(conversation, "a2", CancellationToken.None),
            "profile" => profiles.SaveAsync(conversation, new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, CancellationToken.None),
            "chair" => profiles.RememberChairAsync(conversation, "29:cochair", CancellationToken.None),
            _ => dialogues.SaveAsync(dialogue, expected, CancellationToken.None),
        });
    }

    /// <summary>Every row of every table keyed by conversation, as "table {json}": a table added later is scanned too.</summary>
    public static async Task<List<string>> ConversationRowsAsync(PostgresDatabase database, string conversation)
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
}
