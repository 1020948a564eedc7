using Npgsql;

namespace TeamsDialogueBot.Bench.Harness;

/// <summary>
/// A fresh database on the given server for one scenario, dropped afterwards: every run starts from empty tables,
/// so an earlier run's rows (and the autovacuum they cause) never weigh on a later one.
/// </summary>
public sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private ScratchPostgresDatabase(string server, string name, string connectionString)
    {
        Server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string the database was created through (its own database is the server's).</summary>
    public string Server { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgresDatabase> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var name = "tdb_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new ScratchPostgresDatabase(server, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
