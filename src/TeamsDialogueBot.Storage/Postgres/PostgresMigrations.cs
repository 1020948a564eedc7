using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, version by version, kept in step with SqliteMigrations. Never edit a released step.</summary>
public static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "dialogues", """
            CREATE TABLE dialogues (
                conversation_id TEXT PRIMARY KEY,
                version         BIGINT NOT NULL,
                data            JSONB NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL
            );
            """),
        new(2, "speakers lists", """
            CREATE TABLE IF NOT EXISTS speakers_lists (
                conversation_id  TEXT NOT NULL,
                item_index       INTEGER NOT NULL,
                version          BIGINT NOT NULL,
                data             JSONB NOT NULL,
                card_activity_id TEXT,
                updated_at       TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, item_index)
            );
            CREATE TABLE IF NOT EXISTS participant_profiles (
                conversation_id TEXT NOT NULL,
                participant_id  TEXT NOT NULL,
                mri             TEXT,
                data            JSONB NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, participant_id)
            );
            CREATE TABLE IF NOT EXISTS conversation_chairs (
                conversation_id TEXT NOT NULL,
                mri             TEXT NOT NULL,
                confirmed_at    TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, mri)
            );
            """),
        new(3, "polls", """
            CREATE TABLE IF NOT EXISTS polls (
                conversation_id  TEXT NOT NULL,
                poll_id          TEXT NOT NULL,
                sequence         INTEGER NOT NULL,
                version          INTEGER NOT NULL,
                is_open          BOOLEAN NOT NULL,
                card_activity_id TEXT,
                data             JSONB NOT NULL,
                updated_at       TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, poll_id)
            );
            CREATE TABLE IF NOT EXISTS poll_answers (
                conversation_id TEXT NOT NULL,
                poll_id         TEXT NOT NULL,
                voter_key       TEXT NOT NULL,
                answered_at     TIMESTAMPTZ NOT NULL,
                data            JSONB NOT NULL,
                PRIMARY KEY (conversation_id, poll_id, voter_key)
            );
            CREATE TABLE IF NOT EXISTS poll_secrets (
                name  TEXT PRIMARY KEY,
                value BYTEA NOT NULL
            );
            """),
        new(10, "processed activities", """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id     TEXT NOT NULL,
                processed_at    TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, activity_id)
            );
            """),
        new(11, "display tokens", """
            CREATE TABLE display_tokens (
                conversation_id TEXT PRIMARY KEY,
                token           TEXT NOT NULL UNIQUE,
                created_at      TIMESTAMPTZ NOT NULL
            );
            """),
        new(12, "retention bookkeeping", """
            CREATE TABLE retention_purges (
                conversation_id TEXT PRIMARY KEY,
                purged_at       TIMESTAMPTZ NOT NULL
            );
            """),
        new(13, "turns as units of work: activity responses, the outbox, card slots, leases", """
            ALTER TABLE processed_activities ADD COLUMN response BYTEA;
            ALTER TABLE dialogues ADD COLUMN current_item INTEGER NOT NULL DEFAULT 0;
            UPDATE dialogues SET current_item = COALESCE((data->>'currentItemIndex')::int, 0);
            CREATE TABLE outbox (
                id              BIGSERIAL PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                kind            TEXT NOT NULL,
                slot            TEXT,
                payload         TEXT NOT NULL,
                created_at      TIMESTAMPTZ NOT NULL,
                attempts        INTEGER NOT NULL DEFAULT 0,
                not_before      TIMESTAMPTZ,
                sent_at         TIMESTAMPTZ,
                dropped_at      TIMESTAMPTZ,
                drop_reason     TEXT
            );
            CREATE INDEX outbox_pending ON outbox (conversation_id, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
            CREATE INDEX outbox_sent ON outbox (conversation_id, sent_at) WHERE sent_at IS NOT NULL;
            CREATE TABLE card_slots (
                conversation_id TEXT NOT NULL,
                slot            TEXT NOT NULL,
                activity_id     TEXT NOT NULL,
                posted_at       TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, slot)
            );
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'queue/' || item_index, card_activity_id, updated_at FROM speakers_lists WHERE card_activity_id IS NOT NULL;
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'poll/' || poll_id, card_activity_id, updated_at FROM polls WHERE card_activity_id IS NOT NULL;
            INSERT INTO card_slots (conversation_id, slot, activity_id, posted_at)
                SELECT conversation_id, 'agenda', data->>'agendaCardActivityId', updated_at FROM dialogues WHERE data->>'agendaCardActivityId' IS NOT NULL;
            ALTER TABLE speakers_lists DROP COLUMN card_activity_id;
            ALTER TABLE polls DROP COLUMN card_activity_id;
            CREATE TABLE outbox_leases (
                conversation_id TEXT PRIMARY KEY,
                owner           TEXT NOT NULL,
                expires_at      TIMESTAMPTZ NOT NULL
            );
            -- A change set's guards (a version check, an activity claim) raise instead of touching no row, so the
            -- pipelined group commit can tell a rejected change set from a committed one without a round trip each.
            CREATE FUNCTION tdb_expect_rows(actual BIGINT, expected BIGINT, code TEXT, what TEXT) RETURNS INTEGER
            LANGUAGE plpgsql AS $fn$
            BEGIN
                IF actual <> expected THEN
                    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = what;
                END IF;
                RETURN actual::int;
            END
            $fn$;
            """),
        new(14, "inputs on related activities and the items' windows for them", """
            CREATE TABLE inputs (
                conversation_id TEXT NOT NULL,
                input_id        TEXT NOT NULL,
                sequence        INTEGER NOT NULL,
                item_index      INTEGER NOT NULL,
                state           TEXT NOT NULL,
                version         BIGINT NOT NULL,
                data            JSONB NOT NULL,
                submitted_at    TIMESTAMPTZ NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, input_id)
            );
            CREATE INDEX inputs_by_item ON inputs (conversation_id, item_index, sequence);
            CREATE TABLE input_windows (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                version         BIGINT NOT NULL,
                is_open         BOOLEAN NOT NULL,
                data            JSONB NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, item_index)
            );
            """),
        new(15, "report links", """
            CREATE TABLE report_links (
                token_hash      TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                scope           TEXT NOT NULL CHECK (scope IN ('session', 'item')),
                item_index      INTEGER CHECK ((scope = 'item') = (item_index IS NOT NULL)),
                created_at      TIMESTAMPTZ NOT NULL,
                expires_at      TIMESTAMPTZ NOT NULL,
                revoked_at      TIMESTAMPTZ,
                report          TEXT NOT NULL
            );
            CREATE INDEX report_links_conversation ON report_links (conversation_id);
            """),
        new(16, "the meeting: scheduled end for timekeeping, online roster, attendance per item", """
            ALTER TABLE dialogues ADD COLUMN scheduled_end TIMESTAMPTZ;
            CREATE INDEX dialogues_scheduled_end ON dialogues (scheduled_end) WHERE scheduled_end IS NOT NULL;
            CREATE TABLE meeting_presence (
                conversation_id TEXT NOT NULL,
                participant_id  TEXT NOT NULL,
                mri             TEXT,
                online          BOOLEAN NOT NULL,
                changed_at      TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, participant_id)
            );
            CREATE TABLE item_attendance (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                participant_id  TEXT NOT NULL,
                PRIMARY KEY (conversation_id, item_index, participant_id)
            );
            """),
        new(17, "agenda positions: panels of an item are places of their own, with their own speakers' lists", """
            ALTER TABLE dialogues ADD COLUMN current_panel INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE speakers_lists ADD COLUMN panel INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE speakers_lists DROP CONSTRAINT speakers_lists_pkey;
            ALTER TABLE speakers_lists ADD PRIMARY KEY (conversation_id, item_index, panel);
            """),
        new(18, "panel Q&A: one board per agenda position, questions and upvotes inside", """
            CREATE TABLE question_boards (
                conversation_id TEXT NOT NULL,
                item_index      INTEGER NOT NULL,
                panel           INTEGER NOT NULL DEFAULT 0,
                version         BIGINT NOT NULL,
                data            JSONB NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (conversation_id, item_index, panel)
            );
            """),
        new(19, "floor links: people in the room request the floor from their phones", """
            CREATE TABLE floor_links (
                conversation_id TEXT PRIMARY KEY,
                token           TEXT NOT NULL UNIQUE,
                is_on           BOOLEAN NOT NULL,
                version         BIGINT NOT NULL,
                data            JSONB NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL
            );
            """),
        // Every `q+` saves its whole list, and nothing queries inside it: jsonb parsed each save (~90 KB at 300 entries)
        // into a tree nobody reads, twice the server's cost of a json save (issue 17, bench/README).
        new(20, "speakers' lists as json: saved on every q+, never queried inside", """
            ALTER TABLE speakers_lists ALTER COLUMN data TYPE JSON USING data::json;
            """),
        // The list is TOASTed on every save (~40 KB at 150 entries), compressed by default with pglz: 1.15 ms per 76 KB
        // list against 0.44 ms with lz4 (psql, 200 UPDATEs; bench/README). Servers built without lz4 keep pglz.
        new(21, "speakers' lists compressed with lz4 where the server has it", """
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    ALTER TABLE speakers_lists ALTER COLUMN data SET COMPRESSION lz4;
                END IF;
            END
            $$;
            """),
    ];
}
