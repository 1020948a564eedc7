using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Reads what a batch of turns needs with one connection and one command. The current list's data comes only when
/// its version is not the one this instance last saved or read (<see cref="SpeakersListCache"/>).
/// </summary>
public sealed class SqliteConversationReader(SqliteDatabase database, SpeakersListCache? lists = null) : IConversationReader
{
    private readonly SpeakersListCache _lists = lists ?? new SpeakersListCache();

    public async Task<ConversationRead> ReadAsync(
        string conversationId, IReadOnlyCollection<string> activityIds, IReadOnlyCollection<ParticipantId> participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        ArgumentNullException.ThrowIfNull(participants);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$c", conversationId);
        var known = _lists.Latest(conversationId);
        command.Parameters.AddWithValue("$ki", known?.ItemIndex ?? -1);
        command.Parameters.AddWithValue("$kp", known?.Panel ?? -1);
        command.Parameters.AddWithValue("$kv", known?.Version ?? -1);
        var claims = InList(command, "$a", activityIds);
        var people = InList(command, "$p", participants.Select(p => p.Value).ToList());
        command.CommandText = $"""
            SELECT activity_id, response FROM processed_activities WHERE conversation_id = $c AND activity_id IN ({claims});
            SELECT data FROM dialogues WHERE conversation_id = $c;
            SELECT CASE WHEN item_index = $ki AND panel = $kp AND version = $kv THEN NULL ELSE data END FROM speakers_lists WHERE conversation_id = $c
                AND (item_index, panel) = (SELECT COALESCE(MAX(current_item), 0), COALESCE(MAX(current_panel), 0) FROM dialogues WHERE conversation_id = $c);
            SELECT data FROM participant_profiles WHERE conversation_id = $c AND participant_id IN ({people});
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new Dictionary<string, ActivityClaim>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            claimed[id] = new ActivityClaim(id, reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1));
        }

        await reader.NextResultAsync(cancellationToken);
        var dialogue = await reader.ReadAsync(cancellationToken) ? Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(reader.GetString(0))) : null;
        await reader.NextResultAsync(cancellationToken);
        var list = await reader.ReadAsync(cancellationToken) ? SpeakersList.FromSnapshot(_lists.Resolve(known, reader.IsDBNull(0) ? null : reader.GetString(0))) : null;
        await reader.NextResultAsync(cancellationToken);
        var profiles = new Dictionary<ParticipantId, Speaker>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var profile = SpeakersListJson.ReadProfile(reader.GetString(0));
            profiles[profile.Id] = profile;
        }

        return ConversationRead.FromStore(dialogue, list, claimed, profiles, participants);
    }

    // SQLite has no array parameters: one named parameter per value (a batch holds at most a few dozen).
    private static string InList(SqliteCommand command, string prefix, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return "NULL";
        }

        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
