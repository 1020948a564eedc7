using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Dialogues by their meeting's scheduled end (the indexed dialogues.scheduled_end column).</summary>
public sealed class PostgresMeetingSchedule(PostgresDatabase database) : IMeetingSchedule
{
    public async Task<IReadOnlyList<ScheduledMeeting>> EndingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT data::text, scheduled_end FROM dialogues WHERE scheduled_end >= @from AND scheduled_end <= @to ORDER BY scheduled_end");
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        var found = new List<ScheduledMeeting>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var end = reader.GetFieldValue<DateTimeOffset>(1);
            found.Add(new ScheduledMeeting(Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(reader.GetString(0))), end));
        }

        return found;
    }
}
