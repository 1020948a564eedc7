using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>Counts rows in the test host's SQLite file: "nothing stored" is a count of zero.</summary>
public static class StoredRows
{
    public static async Task<long> CountAsync(string databasePath, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
