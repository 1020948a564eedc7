using Npgsql;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Reads what a batch of turns needs as one pipelined batch of queries: one round trip. The current list's data comes
/// only when its version is not the one this instance last saved or read (<see cref="SpeakersListCache"/>).
/// </summary>
public sealed class PostgresConversationReader(PostgresDatabase database, SpeakersListCache? lists = null) : IConversationReader
{
    private readonly SpeakersListCache _lists = lists ?? new SpeakersListCache();

    public async Task<ConversationRead> ReadAsync(
        string conversationId, IReadOnlyCollection<string> activityIds, IReadOnlyCollection<ParticipantId> participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityIds);
        ArgumentNullException.ThrowIfNull(participants);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        var known = _lists.Latest(conversationId);
        var currentList = Query(
            """
            SELECT CASE WHEN item_index = @ki AND panel = @kp AND version = @kv THEN NULL ELSE data::text END FROM speakers_lists WHERE conversation_id = @c
            AND (item_index, panel) = (SELECT COALESCE(MAX(current_item), 0), COALESCE(MAX(current_panel), 0) FROM dialogues WHERE conversation_id = @c)
            """,
            conversationId);
        currentList.Parameters.AddWithValue("ki", known?.ItemIndex ?? -1);
        currentList.Parameters.AddWithValue("kp", known?.Panel ?? -1);
        currentList.Parameters.AddWithValue("kv", known?.Version ?? -1L);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Query("SELECT activity_id, response FROM processed_activities WHERE conversation_id = @c AND activity_id = ANY(@ids)", conversationId, ("ids", activityIds.ToArray())),
                Query("SELECT data::text FROM dialogues WHERE conversation_id = @c", conversationId),
                currentList,
                Query(
                    "SELECT data::text FROM participant_profiles WHERE conversation_id = @c AND participant_id = ANY(@ids)",
                    conversationId,
                    ("ids", participants.Select(p => p.Value).ToArray())),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var claimed = new Dictionary<string, ActivityClaim>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            claimed[id] = new ActivityClaim(id, reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1));
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

    private static NpgsqlBatchCommand Query(string sql, string conversationId, params (string Name, string[] Values)[] arrays)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("c", conversationId);
        foreach (var (name, values) in arrays)
        {
            command.Parameters.AddWithValue(name, values);
        }

        return command;
    }
}
