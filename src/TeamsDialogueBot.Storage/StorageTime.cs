using System.Globalization;

namespace TeamsDialogueBot.Storage;

/// <summary>How SQLite's newer tables store instants: UTC round-trip text, so text order is time order.</summary>
internal static class StorageTime
{
    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal);
}
