using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Reads the meeting roster (meeting_presence) and the attendance per item (item_attendance).</summary>
public sealed class PostgresMeetingRosterStore(PostgresDatabase database) : IMeetingRosterStore
{
    public async Task<int> CountOnlineAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*)::int FROM meeting_presence WHERE conversation_id = @c AND online");
        command.Parameters.AddWithValue("c", conversationId);
        return (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
    }

    public async Task<RosterFigures> FiguresAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT -1, count(*)::int FROM meeting_presence WHERE conversation_id = @c AND online
            UNION ALL SELECT -2, count(DISTINCT participant_id)::int FROM item_attendance WHERE conversation_id = @c
            UNION ALL SELECT item_index, count(*)::int FROM item_attendance WHERE conversation_id = @c GROUP BY item_index
            """);
        command.Parameters.AddWithValue("c", conversationId);
        var online = 0;
        var session = 0;
        var byItem = new Dictionary<int, int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (key, count) = (reader.GetInt32(0), reader.GetInt32(1));
            switch (key)
            {
                case -1: online = count; break;
                case -2: session = count; break;
                default: byItem[key] = count; break;
            }
        }

        return new RosterFigures(online, byItem, session);
    }

    public async Task<IReadOnlySet<ParticipantId>> AttendeesAsync(string conversationId, int? itemIndex, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT DISTINCT participant_id FROM item_attendance WHERE conversation_id = @c AND (@item::int IS NULL OR item_index = @item::int)");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("item", NpgsqlTypes.NpgsqlDbType.Integer, (object?)itemIndex ?? DBNull.Value);
        var attendees = new HashSet<ParticipantId>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            attendees.Add(new ParticipantId(reader.GetString(0)));
        }

        return attendees;
    }

    public async Task<ParticipantId?> FindByMriAsync(string conversationId, string mri, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT participant_id FROM meeting_presence WHERE conversation_id = @c AND mri = @mri
            UNION ALL SELECT participant_id FROM participant_profiles WHERE conversation_id = @c AND mri = @mri
            LIMIT 1
            """);
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("mri", mri);
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? new ParticipantId(id) : null;
    }
}
