using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Changes;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// The meeting roster's writes on SQLite: one row per participant (last event by its time wins) and one per
/// participant and item attended. None is guarded by a version, so a burst of joins never conflicts.
/// </summary>
internal static class SqliteRosterWrites
{
    public static async Task<int> ChangeAsync(SqliteCommand command, string conversationId, StagedWrite.RosterChange change, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO meeting_presence (conversation_id, participant_id, mri, online, changed_at) VALUES ($c, $p, $mri, $online, $at)
            ON CONFLICT (conversation_id, participant_id) DO UPDATE
            SET mri = COALESCE(excluded.mri, meeting_presence.mri), online = excluded.online, changed_at = excluded.changed_at
            WHERE excluded.changed_at >= meeting_presence.changed_at
            """,
            cancellationToken,
            ("$c", conversationId),
            ("$p", change.Participant.Value),
            ("$mri", change.Mri),
            ("$online", change.Online ? 1 : 0),
            ("$at", StorageTime.Text(change.At)));
        if (!change.Online)
        {
            return changed;
        }

        // The item current when this commits (the stored one, not the one the turn read), so a join racing an agenda
        // move on another instance still counts for the item it lands in. "WHERE true": SQLite's upsert after a SELECT.
        return await SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO item_attendance (conversation_id, item_index, participant_id)
            SELECT $c, COALESCE((SELECT current_item FROM dialogues WHERE conversation_id = $c), 0), $p WHERE true
            ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("$c", conversationId),
            ("$p", change.Participant.Value));
    }

    public static Task<int> EndAsync(SqliteCommand command, string conversationId, StagedWrite.RosterEnded end, CancellationToken cancellationToken) =>
        SqliteStatement.ExecuteAsync(
            command,
            "UPDATE meeting_presence SET online = 0, changed_at = $at WHERE conversation_id = $c AND online = 1 AND changed_at <= $at",
            cancellationToken,
            ("$c", conversationId),
            ("$at", StorageTime.Text(end.At)));

    public static Task<int> AttendAsync(SqliteCommand command, string conversationId, StagedWrite.AttendItem attend, CancellationToken cancellationToken) =>
        SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO item_attendance (conversation_id, item_index, participant_id)
            SELECT conversation_id, $item, participant_id FROM meeting_presence WHERE conversation_id = $c AND online = 1
            ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("$c", conversationId),
            ("$item", attend.ItemIndex));
}
