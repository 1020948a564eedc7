namespace TeamsDialogueBot.Bench.Harness;

/// <summary>Where the bot keeps its state during a run: a fresh SQLite file, or a PostgreSQL database.</summary>
/// <param name="PostgresConnection">Null for SQLite.</param>
public sealed record StorageTarget(string Name, string? PostgresConnection)
{
    public static StorageTarget Sqlite { get; } = new("sqlite", null);

    public static StorageTarget Postgres(string connection) => new("postgres", connection);
}
