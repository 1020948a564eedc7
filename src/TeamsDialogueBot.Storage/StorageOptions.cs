namespace TeamsDialogueBot.Storage;

/// <summary>"Storage" configuration section; the connection string is ConnectionStrings:Dialogue.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (default, embedded file) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
}
