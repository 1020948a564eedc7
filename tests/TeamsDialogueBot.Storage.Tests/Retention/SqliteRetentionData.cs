using System.Globalization;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Sqlite;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>A dialogue's participants as the SQLite stores keep them, and every row that could still name them.</summary>
internal static class SqliteRetentionData
{
    public static async Task<(PollId Named, PollId Anonymous)> TakePartAsync(SqliteDatabase database, string conversation, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var lists = new SqliteSpeakersListStore(database, new SqliteWriteBatcher(database), time);
        var list = SpeakersList.Create(conversation, 0, TimeSpan.FromMinutes(3));
        var chair = new Actor("chair-aad", "Co-Chair One");
        list.Open(chair, now);
        list.Request(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", null, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now, chair);
        await lists.SaveAsync(list, 0, CancellationToken.None);

        var profiles = new SqliteParticipantProfileStore(database, new SqliteWriteBatcher(database), time);
        await profiles.SaveAsync(conversation, new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "29:ana", CancellationToken.None);
        await profiles.RememberChairAsync(conversation, "29:chair", CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var record = connection.CreateCommand())
        {
            record.CommandText = "INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES ($c, 'a1', $at)";
            record.Parameters.AddWithValue("$c", conversation);
            record.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync();
        }

        await using var batcher = new SqliteWriteBatcher(database);
        var polls = new SqlitePollStore(database, batcher, time);
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

    /// <summary>Every row of every table with a conversation_id column, as "table value|value…": a table added later is scanned too.</summary>
    public static async Task<List<string>> ConversationRowsAsync(SqliteDatabase database, string conversation)
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
                rows.Add(table + " " + string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    public static async Task<bool> WasProcessedAsync(SqliteDatabase database, string conversation)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM processed_activities WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversation);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
