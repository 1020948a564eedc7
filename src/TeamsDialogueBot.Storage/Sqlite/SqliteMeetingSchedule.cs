using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Dialogues by their meeting's scheduled end (the indexed dialogues.scheduled_end column).</summary>
public sealed class SqliteMeetingSchedule(SqliteDatabase database) : IMeetingSchedule
{
    public async Task<IReadOnlyList<ScheduledMeeting>> EndingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, scheduled_end FROM dialogues WHERE scheduled_end >= $from AND scheduled_end <= $to ORDER BY scheduled_end";
        command.Parameters.AddWithValue("$from", StorageTime.Text(from));
        command.Parameters.AddWithValue("$to", StorageTime.Text(to));
        var found = new List<ScheduledMeeting>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new ScheduledMeeting(Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(reader.GetString(0))), StorageTime.Parse(reader.GetString(1))));
        }

        return found;
    }
}
