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
    ];
}
