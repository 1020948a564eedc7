using NpgsqlTypes;
using TeamsDialogueBot.Domain.Changes;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>The meeting roster's writes on PostgreSQL (see SqliteRosterWrites): unguarded upserts, one statement each.</summary>
internal static class PostgresRosterWrites
{
    // One statement: the attendance insert rides on the presence upsert as a data-modifying CTE. The item is the one
    // stored when this runs, so a join racing an agenda move on another instance counts for the item it lands in.
    public static PostgresStatement Change(string conversationId, StagedWrite.RosterChange change) => new(
        """
        WITH presence AS (
            INSERT INTO meeting_presence (conversation_id, participant_id, mri, online, changed_at) VALUES (@c, @p, @mri, @online, @at)
            ON CONFLICT (conversation_id, participant_id) DO UPDATE
            SET mri = COALESCE(excluded.mri, meeting_presence.mri), online = excluded.online, changed_at = excluded.changed_at
            WHERE excluded.changed_at >= meeting_presence.changed_at
            RETURNING 1)
        INSERT INTO item_attendance (conversation_id, item_index, participant_id)
        SELECT @c, COALESCE((SELECT current_item FROM dialogues WHERE conversation_id = @c), 0), @p WHERE @online
        ON CONFLICT DO NOTHING
        """,
        x =>
        {
            x.AddWithValue("c", conversationId);
            x.AddWithValue("p", change.Participant.Value);
            x.AddWithValue("mri", NpgsqlDbType.Text, (object?)change.Mri ?? DBNull.Value);
            x.AddWithValue("online", change.Online);
            x.AddWithValue("at", change.At.ToUniversalTime());
        });

    public static PostgresStatement End(string conversationId, StagedWrite.RosterEnded end) => new(
        "UPDATE meeting_presence SET online = false, changed_at = @at WHERE conversation_id = @c AND online AND changed_at <= @at",
        x =>
        {
            x.AddWithValue("c", conversationId);
            x.AddWithValue("at", end.At.ToUniversalTime());
        });

    public static PostgresStatement Attend(string conversationId, StagedWrite.AttendItem attend) => new(
        """
        INSERT INTO item_attendance (conversation_id, item_index, participant_id)
        SELECT conversation_id, @item, participant_id FROM meeting_presence WHERE conversation_id = @c AND online
        ON CONFLICT DO NOTHING
        """,
        x =>
        {
            x.AddWithValue("c", conversationId);
            x.AddWithValue("item", attend.ItemIndex);
        });
}
