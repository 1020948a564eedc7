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
    ];
}
