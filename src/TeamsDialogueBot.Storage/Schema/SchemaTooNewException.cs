namespace TeamsDialogueBot.Storage.Schema;

/// <summary>The database was migrated by a newer build; running older code against it could corrupt data.</summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException()
    {
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static SchemaTooNewException For(int databaseVersion, int codeVersion) =>
        new($"The dialogue database is at schema version {databaseVersion}, but this build only knows up to version {codeVersion}. " +
            "Run a newer build of TeamsDialogueBot, or point ConnectionStrings:Dialogue at another database.");
}
