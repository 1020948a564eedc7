using Npgsql;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: TDB_TEST_POSTGRES names it (`bash .ci/postgres.sh start` prints
/// one). Each test gets its own fresh database, dropped again by the tests that can. Without a server the tests
/// skip with the reason — except under CI=true, where a missing server is a failure.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TDB_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString;
        if (server is null)
        {
            var reason = $"{Variable} is not set: start a server with `bash .ci/postgres.sh start` and export its output as {Variable}.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("PostgreSQL is required under CI=true. " + reason);
            }

            Skip.If(true, reason);
        }

        var name = "tdb_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it (the cluster is shared).</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (ConnectionString is not { } server || name is null || !name.StartsWith("tdb_", StringComparison.Ordinal))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
