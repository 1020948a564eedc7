using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>The SQL of each kind of <see cref="StagedWrite"/> on SQLite. A guard that fails throws <see cref="WriteRejectedException"/>.</summary>
internal static class SqliteStagedWrites
{
    public static Task ApplyAsync(SqliteCommand command, string conversationId, StagedWrite write, string now, CancellationToken cancellationToken) => write switch
    {
        StagedWrite.SaveDialogue d => SaveDialogueAsync(command, d.Dialogue, d.ExpectedVersion, now, cancellationToken),
        StagedWrite.SaveSpeakersList l => SaveListAsync(command, l.List, l.ExpectedVersion, now, cancellationToken),
        StagedWrite.SaveProfile p => SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO participant_profiles (conversation_id, participant_id, mri, data, updated_at) VALUES ($c, $p, $mri, CAST($data AS TEXT), $now)
            ON CONFLICT (conversation_id, participant_id)
            DO UPDATE SET mri = COALESCE(excluded.mri, mri), data = excluded.data, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$c", conversationId),
            ("$p", p.Profile.Id.Value),
            ("$mri", p.Mri),
            ("$data", SpeakersListJson.WriteProfile(p.Profile)),
            ("$now", now)),
        StagedWrite.RememberChair c => SqliteStatement.ExecuteAsync(
            command,
            "INSERT INTO conversation_chairs (conversation_id, mri, confirmed_at) VALUES ($c, $mri, $now) ON CONFLICT DO NOTHING",
            cancellationToken,
            ("$c", conversationId),
            ("$mri", c.Mri),
            ("$now", now)),
        StagedWrite.AddPoll a => AddPollAsync(command, conversationId, a.Poll, now, cancellationToken),
        StagedWrite.SavePoll s => SavePollAsync(command, conversationId, s.Poll, s.ExpectedVersion, now, cancellationToken),
        StagedWrite.SaveQuestionBoard q => SaveQuestionBoardAsync(command, q.Board, q.ExpectedVersion, now, cancellationToken),
        StagedWrite.SaveFloorLink f => SqliteFloorLinks.SaveAsync(command, f.Link, f.ExpectedVersion, now, cancellationToken),
        StagedWrite.AddInput i => SqliteInputWrites.AddAsync(command, conversationId, i.Input, now, cancellationToken),
        StagedWrite.SaveInput i => SqliteInputWrites.SaveAsync(command, conversationId, i.Input, i.ExpectedVersion, now, cancellationToken),
        StagedWrite.SaveInputWindow w => SqliteInputWrites.SaveWindowAsync(command, conversationId, w.Window, w.ExpectedVersion, now, cancellationToken),
        StagedWrite.RosterChange r => SqliteRosterWrites.ChangeAsync(command, conversationId, r, cancellationToken),
        StagedWrite.RosterEnded r => SqliteRosterWrites.EndAsync(command, conversationId, r, cancellationToken),
        StagedWrite.AttendItem a => SqliteRosterWrites.AttendAsync(command, conversationId, a, cancellationToken),
        StagedWrite.SetDisplayToken t => SetDisplayTokenAsync(command, conversationId, t, now, cancellationToken),
        StagedWrite.Enqueue e => SqliteStatement.ExecuteAsync(
            command,
            "INSERT INTO outbox (conversation_id, kind, slot, payload, created_at) VALUES ($c, $kind, $slot, $payload, $at)",
            cancellationToken,
            ("$c", e.Entry.ConversationId),
            ("$kind", e.Entry.Kind.ToString()),
            ("$slot", e.Entry.Slot),
            ("$payload", e.Entry.Payload),
            ("$at", StorageTime.Text(e.Entry.CreatedAt))),
        StagedWrite.AddReportLink r => AddReportLinkAsync(command, conversationId, r.Link, r.Report, cancellationToken),
        StagedWrite.RevokeReportLinks r => SqliteStatement.ExecuteAsync(
            command,
            "UPDATE report_links SET revoked_at = $at WHERE conversation_id = $c AND revoked_at IS NULL",
            cancellationToken,
            ("$c", conversationId),
            ("$at", StorageTime.Text(r.At))),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "No SQL for this kind of write."),
    };

    private static async Task SaveDialogueAsync(SqliteCommand command, Dialogue dialogue, long expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            expected == 0
                ? "INSERT INTO dialogues (conversation_id, version, current_item, current_panel, scheduled_end, data, updated_at) VALUES ($c, $v, $item, $panel, $end, $data, $now) ON CONFLICT DO NOTHING"
                : "UPDATE dialogues SET version = $v, current_item = $item, current_panel = $panel, scheduled_end = $end, data = $data, updated_at = $now WHERE conversation_id = $c AND version = $expected",
            cancellationToken,
            ("$c", dialogue.ConversationId),
            ("$v", dialogue.Version),
            ("$item", dialogue.CurrentPosition.ItemIndex),
            ("$panel", dialogue.CurrentPosition.Panel),
            ("$end", dialogue.Meeting?.ScheduledEnd is { } end ? StorageTime.Text(end) : null),
            ("$data", StorageJson.Write(dialogue.ToSnapshot())),
            ("$now", now),
            ("$expected", expected));
        Expect(changed, "dialogue " + dialogue.ConversationId);
    }

    // The JSON is bound as its UTF-8 bytes in a pooled buffer (SQLite copies a bound blob), cut to its length and
    // stored as the text they are (CAST of a blob to TEXT reinterprets, it does not convert): a string would cost a
    // UTF-16 copy and the driver's UTF-8 copy of a list that grows with every `q+`, past the large object heap's size.
    private static async Task SaveListAsync(SqliteCommand command, SpeakersList list, long expected, string now, CancellationToken cancellationToken)
    {
        using var json = SpeakersListJson.WritePooled(list.ToSnapshot());
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            expected == 0
                ? "INSERT INTO speakers_lists (conversation_id, item_index, panel, version, data, updated_at) VALUES ($c, $item, $panel, $v, CAST(substr($data, 1, $length) AS TEXT), $now) ON CONFLICT DO NOTHING"
                : "UPDATE speakers_lists SET version = $v, data = CAST(substr($data, 1, $length) AS TEXT), updated_at = $now WHERE conversation_id = $c AND item_index = $item AND panel = $panel AND version = $expected",
            cancellationToken,
            ("$c", list.ConversationId),
            ("$item", list.ItemIndex),
            ("$panel", list.Panel),
            ("$v", list.Version),
            ("$data", json.Buffer),
            ("$length", json.Length),
            ("$now", now),
            ("$expected", expected));
        // The command keeps its parameters until the next statement: the pooled buffer must not be read through it again.
        command.Parameters.Clear();
        Expect(changed, "speakers' list " + StorageKeys.Of(list));
    }

    private static async Task AddPollAsync(SqliteCommand command, string conversationId, Poll poll, string now, CancellationToken cancellationToken)
    {
        var added = await SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO polls (conversation_id, poll_id, sequence, version, is_open, data, updated_at)
            VALUES ($c, $poll, $sequence, $v, $open, $data, $now) ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("$c", conversationId),
            ("$poll", poll.Id.Value),
            ("$sequence", poll.Id.Sequence),
            ("$v", poll.Version),
            ("$open", poll.IsOpen ? 1 : 0),
            ("$data", StorageJson.Write(poll.ToSnapshot())),
            ("$now", now));
        Expect(added, "poll id " + poll.Id);
    }

    private static async Task SavePollAsync(SqliteCommand command, string conversationId, Poll poll, int expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            "UPDATE polls SET version = $v, is_open = $open, data = $data, updated_at = $now WHERE conversation_id = $c AND poll_id = $poll AND version = $expected",
            cancellationToken,
            ("$c", conversationId),
            ("$poll", poll.Id.Value),
            ("$v", poll.Version),
            ("$open", poll.IsOpen ? 1 : 0),
            ("$data", StorageJson.Write(poll.ToSnapshot())),
            ("$now", now),
            ("$expected", expected));
        Expect(changed, "poll " + poll.Id);
    }

    // A token hash already taken (one chance in 2^256) rejects the change set, and the turn draws a new token.
    private static async Task AddReportLinkAsync(SqliteCommand command, string conversationId, ReportLink link, string report, CancellationToken cancellationToken)
    {
        var added = await SqliteStatement.ExecuteAsync(
            command,
            """
            INSERT INTO report_links (token_hash, conversation_id, scope, item_index, created_at, expires_at, revoked_at, report)
            VALUES ($hash, $c, $scope, $item, $created, $expires, $revoked, $report) ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("$hash", link.TokenHash),
            ("$c", conversationId),
            ("$scope", link.IsSession ? "session" : "item"),
            ("$item", link.ItemIndex),
            ("$created", StorageTime.Text(link.CreatedAt)),
            ("$expires", StorageTime.Text(link.ExpiresAt)),
            ("$revoked", link.RevokedAt is { } revoked ? StorageTime.Text(revoked) : null),
            ("$report", report));
        Expect(added, "report link");
    }

    private static async Task SaveQuestionBoardAsync(SqliteCommand command, QuestionBoard board, long expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            expected == 0
                ? "INSERT INTO question_boards (conversation_id, item_index, panel, version, data, updated_at) VALUES ($c, $item, $panel, $v, $data, $now) ON CONFLICT DO NOTHING"
                : "UPDATE question_boards SET version = $v, data = $data, updated_at = $now WHERE conversation_id = $c AND item_index = $item AND panel = $panel AND version = $expected",
            cancellationToken,
            ("$c", board.ConversationId),
            ("$item", board.ItemIndex),
            ("$panel", board.Panel),
            ("$v", board.Version),
            ("$data", StorageJson.Write(board.ToSnapshot())),
            ("$now", now),
            ("$expected", expected));
        Expect(changed, "Q&A " + StorageKeys.Of(board));
    }

    private static async Task SetDisplayTokenAsync(SqliteCommand command, string conversationId, StagedWrite.SetDisplayToken write, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            write.Replace
                ? "INSERT INTO display_tokens (conversation_id, token, created_at) VALUES ($c, $t, $now) ON CONFLICT (conversation_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at"
                : "INSERT INTO display_tokens (conversation_id, token, created_at) VALUES ($c, $t, $now) ON CONFLICT DO NOTHING",
            cancellationToken,
            ("$c", conversationId),
            ("$t", write.Token),
            ("$now", now));
        Expect(changed, "display token");
    }

    internal static void Expect(int changed, string what)
    {
        if (changed != 1)
        {
            throw new WriteRejectedException(new CommitResult.Conflict(what));
        }
    }
}
