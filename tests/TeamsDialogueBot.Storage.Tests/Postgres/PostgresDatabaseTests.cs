using Npgsql;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresDatabaseTests
{
    [SkippableFact]
    public async Task Statements_run_repeatedly_are_prepared_on_the_server_by_default()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();

        Assert.True(await PreparedAfterRepeatsAsync(connectionString) > 0);
    }

    [SkippableFact]
    public async Task A_connection_string_that_turns_automatic_preparation_off_is_obeyed()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync() + ";Max Auto Prepare=0";

        Assert.Equal(0, await PreparedAfterRepeatsAsync(connectionString));
    }

    [SkippableFact]
    public async Task A_connection_string_that_only_raises_the_usage_threshold_keeps_it()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync() + ";Auto Prepare Min Usages=10";

        // Five runs stay below the connection string's threshold of ten, so nothing is prepared yet.
        Assert.Equal(0, await PreparedAfterRepeatsAsync(connectionString));
    }

    [SkippableFact]
    public async Task Unreachable_server_fails_with_a_connection_error_not_a_hang()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await PostgresServer.DropDatabaseAsync(connectionString);
        var unreachable = new NpgsqlConnectionStringBuilder(connectionString) { Port = 1, Timeout = 3 }.ConnectionString;
        await using var database = new PostgresDatabase(unreachable);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.MigrateAsync(PostgresMigrations.All, CancellationToken.None));
    }

    private static async Task<long> PreparedAfterRepeatsAsync(string connectionString)
    {
        try
        {
            await using var database = new PostgresDatabase(connectionString);
            await using var connection = await database.DataSource.OpenConnectionAsync();
            for (var i = 0; i < 5; i++)
            {
                await using var repeated = new NpgsqlCommand("SELECT @n + 1", connection);
                repeated.Parameters.AddWithValue("n", i);
                await repeated.ExecuteScalarAsync();
            }

            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%$1 + 1%'", connection);
            return (long)(await count.ExecuteScalarAsync())!;
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }
}
