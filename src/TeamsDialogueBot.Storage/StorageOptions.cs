using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Storage;

/// <summary>"Storage" configuration section; the connection string is ConnectionStrings:Dialogue.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"Sqlite" (default, embedded file) or "Postgres".</summary>
    [RegularExpression("(?i)^(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = "Sqlite";

    public bool UsesPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
}
