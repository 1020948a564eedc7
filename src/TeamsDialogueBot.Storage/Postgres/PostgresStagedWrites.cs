using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>The SQL of each kind of <see cref="StagedWrite"/> on PostgreSQL; guards raise <see cref="PostgresChangeCommitter.ConflictCode"/>.</summary>
internal static class PostgresStagedWrites
{
    public static PostgresStatement Statement(string conversationId, StagedWrite write, DateTimeOffset now) => write switch
    {
        StagedWrite.SaveDialogue d => SaveDialogue(d.Dialogue, d.ExpectedVersion, now),
        StagedWrite.SaveSpeakersList l => SaveList(l.List, l.ExpectedVersion, now),
        StagedWrite.SaveProfile p => new(
            """
            INSERT INTO participant_profiles (conversation_id, participant_id, mri, data, updated_at) VALUES (@c, @p, @mri, @data, @now)
            ON CONFLICT (conversation_id, participant_id)
            DO UPDATE SET mri = COALESCE(excluded.mri, participant_profiles.mri), data = excluded.data, updated_at = excluded.updated_at
            """,
            x =>
            {
                x.AddWithValue("c", conversationId);
                x.AddWithValue("p", p.Profile.Id.Value);
                x.AddWithValue("mri", NpgsqlDbType.Text, (object?)p.Mri ?? DBNull.Value);
                x.AddWithValue("data", NpgsqlDbType.Jsonb, SpeakersListJson.WriteProfile(p.Profile));
                x.AddWithValue("now", now);
            }),
        StagedWrite.RememberChair c => new(
            "INSERT INTO conversation_chairs (conversation_id, mri, confirmed_at) VALUES (@c, @mri, @now) ON CONFLICT DO NOTHING",
            x =>
            {
                x.AddWithValue("c", conversationId);
                x.AddWithValue("mri", c.Mri);
                x.AddWithValue("now", now);
            }),
        StagedWrite.AddPoll a => Guarded(
            "INSERT INTO polls (conversation_id, poll_id, sequence, version, is_open, data, updated_at) VALUES (@c, @poll, @sequence, @v, @open, @data, @now) ON CONFLICT DO NOTHING",
            "poll id " + a.Poll.Id,
            x =>
            {
                PollValues(x, conversationId, a.Poll, now);
                x.AddWithValue("sequence", a.Poll.Id.Sequence);
            }),
        StagedWrite.SavePoll s => Guarded(
            "UPDATE polls SET version = @v, is_open = @open, data = @data, updated_at = @now WHERE conversation_id = @c AND poll_id = @poll AND version = @expected",
            "poll " + s.Poll.Id,
            x =>
            {
                PollValues(x, conversationId, s.Poll, now);
                x.AddWithValue("expected", s.ExpectedVersion);
            }),
        StagedWrite.SaveQuestionBoard q => SaveQuestionBoard(q.Board, q.ExpectedVersion, now),
        StagedWrite.SaveFloorLink f => PostgresFloorLinks.Save(f.Link, f.ExpectedVersion, now),
        StagedWrite.AddInput i => PostgresInputWrites.Add(conversationId, i.Input, now),
        StagedWrite.SaveInput i => PostgresInputWrites.Save(conversationId, i.Input, i.ExpectedVersion, now),
        StagedWrite.SaveInputWindow w => PostgresInputWrites.SaveWindow(conversationId, w.Window, w.ExpectedVersion, now),
        StagedWrite.RosterChange r => PostgresRosterWrites.Change(conversationId, r),
        StagedWrite.RosterEnded r => PostgresRosterWrites.End(conversationId, r),
        StagedWrite.AttendItem a => PostgresRosterWrites.Attend(conversationId, a),
        StagedWrite.SetDisplayToken t => Guarded(
            t.Replace
                ? "INSERT INTO display_tokens (conversation_id, token, created_at) VALUES (@c, @t, @now) ON CONFLICT (conversation_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at"
                : "INSERT INTO display_tokens (conversation_id, token, created_at) VALUES (@c, @t, @now) ON CONFLICT DO NOTHING",
            "display token",
            x =>
            {
                x.AddWithValue("c", conversationId);
                x.AddWithValue("t", t.Token);
                x.AddWithValue("now", now);
            }),
        StagedWrite.Enqueue e => new(
            "INSERT INTO outbox (conversation_id, kind, slot, payload, created_at) VALUES (@c, @kind, @slot, @payload, @at)",
            x =>
            {
                x.AddWithValue("c", e.Entry.ConversationId);
                x.AddWithValue("kind", e.Entry.Kind.ToString());
                x.AddWithValue("slot", NpgsqlDbType.Text, (object?)e.Entry.Slot ?? DBNull.Value);
                x.AddWithValue("payload", e.Entry.Payload);
                // UTC: see PostgresOutboxStore.
                x.AddWithValue("at", e.Entry.CreatedAt.ToUniversalTime());
            }),
        StagedWrite.AddReportLink r => AddReportLink(conversationId, r.Link, r.Report),
        StagedWrite.RevokeReportLinks r => new(
            "UPDATE report_links SET revoked_at = @at WHERE conversation_id = @c AND revoked_at IS NULL",
            x =>
            {
                x.AddWithValue("c", conversationId);
                x.AddWithValue("at", r.At.ToUniversalTime());
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "No SQL for this kind of write."),
    };

    private static PostgresStatement SaveDialogue(Dialogue dialogue, long expected, DateTimeOffset now) => Guarded(
        expected == 0
            ? "INSERT INTO dialogues (conversation_id, version, current_item, current_panel, scheduled_end, data, updated_at) VALUES (@c, @v, @item, @panel, @end, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE dialogues SET version = @v, current_item = @item, current_panel = @panel, scheduled_end = @end, data = @data, updated_at = @now WHERE conversation_id = @c AND version = @expected",
        "dialogue " + dialogue.ConversationId,
        x =>
        {
            x.AddWithValue("c", dialogue.ConversationId);
            x.AddWithValue("v", dialogue.Version);
            x.AddWithValue("item", dialogue.CurrentPosition.ItemIndex);
            x.AddWithValue("panel", dialogue.CurrentPosition.Panel);
            x.AddWithValue("end", NpgsqlDbType.TimestampTz, dialogue.Meeting?.ScheduledEnd is { } end ? end.ToUniversalTime() : DBNull.Value);
            x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(dialogue.ToSnapshot()));
            x.AddWithValue("now", now);
            x.AddWithValue("expected", expected);
        });

    private static PostgresStatement SaveList(SpeakersList list, long expected, DateTimeOffset now) => Guarded(
        expected == 0
            ? "INSERT INTO speakers_lists (conversation_id, item_index, panel, version, data, updated_at) VALUES (@c, @item, @panel, @v, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE speakers_lists SET version = @v, data = @data, updated_at = @now WHERE conversation_id = @c AND item_index = @item AND panel = @panel AND version = @expected",
        "speakers' list " + StorageKeys.Of(list),
        x =>
        {
            x.AddWithValue("c", list.ConversationId);
            x.AddWithValue("item", list.ItemIndex);
            x.AddWithValue("panel", list.Panel);
            x.AddWithValue("v", list.Version);
            // UTF-8 bytes: a list that grows with every `q+` is not made a UTF-16 string first; json, as the column (migration 20).
            x.AddWithValue("data", NpgsqlDbType.Json, SpeakersListJson.Write(list.ToSnapshot()));
            x.AddWithValue("now", now);
            x.AddWithValue("expected", expected);
        });

    // A token hash already taken (one chance in 2^256) rejects the change set, and the turn draws a new token.
    private static PostgresStatement AddReportLink(string conversationId, ReportLink link, string report) => Guarded(
        """
        INSERT INTO report_links (token_hash, conversation_id, scope, item_index, created_at, expires_at, revoked_at, report)
        VALUES (@hash, @c, @scope, @item, @created, @expires, @revoked, @report) ON CONFLICT DO NOTHING
        """,
        "report link",
        x =>
        {
            x.AddWithValue("hash", link.TokenHash);
            x.AddWithValue("c", conversationId);
            x.AddWithValue("scope", link.IsSession ? "session" : "item");
            x.AddWithValue("item", NpgsqlDbType.Integer, (object?)link.ItemIndex ?? DBNull.Value);
            x.AddWithValue("created", link.CreatedAt.ToUniversalTime());
            x.AddWithValue("expires", link.ExpiresAt.ToUniversalTime());
            x.AddWithValue("revoked", NpgsqlDbType.TimestampTz, (object?)link.RevokedAt?.ToUniversalTime() ?? DBNull.Value);
            x.AddWithValue("report", report);
        });

    private static PostgresStatement SaveQuestionBoard(QuestionBoard board, long expected, DateTimeOffset now) => Guarded(
        expected == 0
            ? "INSERT INTO question_boards (conversation_id, item_index, panel, version, data, updated_at) VALUES (@c, @item, @panel, @v, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE question_boards SET version = @v, data = @data, updated_at = @now WHERE conversation_id = @c AND item_index = @item AND panel = @panel AND version = @expected",
        "Q&A " + StorageKeys.Of(board),
        x =>
        {
            x.AddWithValue("c", board.ConversationId);
            x.AddWithValue("item", board.ItemIndex);
            x.AddWithValue("panel", board.Panel);
            x.AddWithValue("v", board.Version);
            x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(board.ToSnapshot()));
            x.AddWithValue("now", now);
            x.AddWithValue("expected", expected);
        });

    // The statement must change exactly one row, or the change set is rejected as a conflict.
    internal static PostgresStatement Guarded(string sql, string what, Action<NpgsqlParameterCollection> bind) =>
        new(
            $"WITH changed AS ({sql} RETURNING 1) SELECT tdb_expect_rows(count(*), 1, '{PostgresChangeCommitter.ConflictCode}', @what) FROM changed",
            x =>
            {
                bind(x);
                x.AddWithValue("what", what);
            },
            ReturnsRow: true);

    private static void PollValues(NpgsqlParameterCollection x, string conversationId, Poll poll, DateTimeOffset now)
    {
        x.AddWithValue("c", conversationId);
        x.AddWithValue("poll", poll.Id.Value);
        x.AddWithValue("v", poll.Version);
        x.AddWithValue("open", poll.IsOpen);
        x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(poll.ToSnapshot()));
        x.AddWithValue("now", now);
    }
}
