using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Runs one statement on a command that the group-committing writer reuses for the statements of a write.</summary>
internal static class SqliteStatement
{
    public static Task<int> ExecuteAsync(SqliteCommand command, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        Prepare(command, sql, parameters);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Prepare(SqliteCommand command, string sql, (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
