using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>The SQLite schema, version by version. Never edit a released step: add a new one.</summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "dialogues", """
            CREATE TABLE dialogues (
                conversation_id TEXT PRIMARY KEY,
                version         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            );
            """),
        new(2, "speakers lists", """
            CREATE TABLE speakers_lists (
                conversation_id  TEXT NOT NULL,
                item_index       INTEGER NOT NULL,
                version          INTEGER NOT NULL,
                data             TEXT NOT NULL,
                card_activity_id TEXT,
                updated_at       TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index)
            );
            CREATE TABLE participant_profiles (
                conversation_id TEXT NOT NULL,
                participant_id  TEXT NOT NULL,
                mri             TEXT,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, participant_id)
            );
            CREATE TABLE conversation_chairs (
                conversation_id TEXT NOT NULL,
                mri             TEXT NOT NULL,
                confirmed_at    TEXT NOT NULL,
                PRIMARY KEY (conversation_id, mri)
            );
            """),
        new(3, "polls", """
            CREATE TABLE IF NOT EXISTS polls (
                conversation_id  TEXT NOT NULL,
                poll_id          TEXT NOT NULL,
                sequence         INTEGER NOT NULL,
                version          INTEGER NOT NULL,
                is_open          INTEGER NOT NULL,
                card_activity_id TEXT,
                data             TEXT NOT NULL,
                updated_at       TEXT NOT NULL,
                PRIMARY KEY (conversation_id, poll_id)
            );
            CREATE TABLE IF NOT EXISTS poll_answers (
                conversation_id TEXT NOT NULL,
                poll_id         TEXT NOT NULL,
                voter_key       TEXT NOT NULL,
                answered_at     TEXT NOT NULL,
                data            TEXT NOT NULL,
                PRIMARY KEY (conversation_id, poll_id, voter_key)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS poll_secrets (
                name  TEXT PRIMARY KEY,
                value BLOB NOT NULL
            );
            """),
        new(10, "processed activities", """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id     TEXT NOT NULL,
                processed_at    TEXT NOT NULL,
                PRIMARY KEY (conversation_id, activity_id)
            ) WITHOUT ROWID;
            """),
        new(11, "display tokens", """
            CREATE TABLE display_tokens (
                conversation_id TEXT PRIMARY KEY,
                token           TEXT NOT NULL UNIQUE,
                created_at      TEXT NOT NULL
            );
            """),
        new(12, "retention bookkeeping", """
            CREATE TABLE retention_purges (
                conversation_id TEXT PRIMARY KEY,
                purged_at       TEXT NOT NULL
            );
            """),
        new(13, "turns as units of work: activity responses, the outbox, card slots", """
            ALTER TABLE processed_activities ADD COLUMN response BLOB;
            ALTER TABLE dialogues ADD COLUMN current_item INTEGER NOT NULL DEFAULT 0;
            UPDATE dialogues SET current_item = COALESCE(json_extract(data, '$.currentItemIndex'), 0);
            CREATE TABLE outbox (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                kind            TEXT NOT NULL,
                slot            TEXT,
                payload         TEXT NOT NULL,
                created_at      TEXT NOT NULL,
                attempts        INTEGER NOT NULL DEFAULT 0,
                not_before      TEXT,
                sent_at         TEXT,
                dropped_at      TEXT,
                drop_reason     TEXT
            );
            CREATE INDEX outbox_pending ON outbox (conversation_id, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
            CREATE INDEX outbox_sent ON outbox (conversation_id, sent_at) WHERE sent_at IS NOT NULL;
            CREATE TABLE card_slots (
                conversation_id TEXT NOT NULL,
                slot            TEXT NOT NULL,
                activity_id     TEXT NOT NULL,
                posted_at       TEXT NOT NULL,
                PRIMARY KEY (conversation_id, slot)
            ) WITHOUT ROWID;
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'queue/' || item_index, card_activity_id, updated_at FROM speakers_lists WHERE card_activity_id IS NOT NULL;
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'poll/' || poll_id, card_activity_id, updated_at FROM polls WHERE card_activity_id IS NOT NULL;
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'agenda', json_extract(data, '$.agendaCardActivityId'), updated_at FROM dialogues
                WHERE json_extract(data, '$.agendaCardActivityId') IS NOT NULL;
            ALTER TABLE speakers_lists DROP COLUMN card_activity_id;
            ALTER TABLE polls DROP COLUMN card_activity_id;
            """),
        new(14, "inputs on related activities and the items' windows for them", """
            CREATE TABLE inputs (
                conversation_id TEXT NOT NULL,
                input_id        TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                item_index      INTEGER NOT NULL,
                state           TEXT NOT NULL,
                version         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                submitted_at    TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, input_id)
            );
            CREATE INDEX inputs_by_item ON inputs (conversation_id, item_index, sequence);
            CREATE TABLE input_windows (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                version         INTEGER NOT NULL,
                is_open         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index)
            );
            """),
        new(15, "report links", """
            CREATE TABLE report_links (
                token_hash      TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                scope           TEXT NOT NULL CHECK (scope IN ('session', 'item')),
                item_index      INTEGER CHECK ((scope = 'item') = (item_index IS NOT NULL)),
                created_at      TEXT NOT NULL,
                expires_at      TEXT NOT NULL,
                revoked_at      TEXT,
                report          TEXT NOT NULL
            );
            CREATE INDEX report_links_conversation ON report_links (conversation_id);
            """),
        new(16, "the meeting: scheduled end for timekeeping, online roster, attendance per item", """
            ALTER TABLE dialogues ADD COLUMN scheduled_end TEXT;
            CREATE INDEX dialogues_scheduled_end ON dialogues (scheduled_end) WHERE scheduled_end IS NOT NULL;
            CREATE TABLE meeting_presence (
                conversation_id TEXT NOT NULL,
                participant_id  TEXT NOT NULL,
                mri             TEXT,
                online          INTEGER NOT NULL,
                changed_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, participant_id)
            ) WITHOUT ROWID;
            CREATE TABLE item_attendance (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                participant_id  TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index, participant_id)
            ) WITHOUT ROWID;
            """),
        new(17, "agenda positions: panels of an item are places of their own, with their own speakers' lists", """
            ALTER TABLE dialogues ADD COLUMN current_panel INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE speakers_lists_17 (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                panel           INTEGER NOT NULL DEFAULT 0,
                version         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index, panel)
            );
            INSERT INTO speakers_lists_17 (conversation_id, item_index, panel, version, data, updated_at)
                SELECT conversation_id, item_index, 0, version, data, updated_at FROM speakers_lists;
            DROP TABLE speakers_lists;
            ALTER TABLE speakers_lists_17 RENAME TO speakers_lists;
            """),
        new(18, "panel Q&A: one board per agenda position, questions and upvotes inside", """
            CREATE TABLE question_boards (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                panel           INTEGER NOT NULL DEFAULT 0,
                version         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index, panel)
            );
            """),
        new(19, "floor links: people in the room request the floor from their phones", """
            CREATE TABLE floor_links (
                conversation_id TEXT PRIMARY KEY,
                token           TEXT NOT NULL UNIQUE,
                is_on           INTEGER NOT NULL,
                version         INTEGER NOT NULL,
                data            TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            );
            """),
        new(20, "speakers' lists as json: saved on every q+, never queried inside", """
            -- PostgreSQL's step: SQLite keeps the lists as TEXT already. A step of its own keeps the versions in step.
            SELECT 1;
            """),
        new(21, "speakers' lists compressed with lz4 where the server has it", """
            -- PostgreSQL's step: SQLite stores values uncompressed. A step of its own keeps the versions in step.
            SELECT 1;
            """),
    ];
}
