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
    ];
}
