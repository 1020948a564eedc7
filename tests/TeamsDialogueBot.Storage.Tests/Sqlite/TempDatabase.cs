using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "tdb-tests", Guid.NewGuid().ToString("N"));
        ConnectionString = $"Data Source={Path.Combine(Directory, "dialogue.db")}";
    }

    public string Directory { get; }
    public string ConnectionString { get; }

    public async Task<SqliteDatabase> OpenMigratedAsync()
    {
        var database = new SqliteDatabase(ConnectionString);
        await database.MigrateAsync(SqliteMigrations.All, CancellationToken.None);
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
