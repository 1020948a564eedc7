using Npgsql;
using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// The shared database of a multi-instance deployment: one pooled data source, and migrations that
/// several instances starting at once apply exactly once (a transaction-scoped advisory lock).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDatabaseProbe
{
    // Any constant works; it only has to be the same for every instance of this app.
    private const long MigrationLockKey = 0x7464_6221;

    // Statements used this often are prepared once per connection. The vote statement is parsed and planned on
    // every execution otherwise, a large part of the PostgreSQL server's CPU in the vote storm
    // (bench/README.md: 4,300 → 6,000 votes/s). A connection string that sets "Max Auto Prepare" itself wins
    // (0 turns it off, e.g. behind a PgBouncer without prepared-statement support).
    private const int DefaultMaxAutoPrepare = 64;
    private const int DefaultAutoPrepareMinUsages = 2;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (!Sets(connectionString, "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
            if (!Sets(connectionString, "AutoPrepareMinUsages"))
            {
                settings.AutoPrepareMinUsages = DefaultAutoPrepareMinUsages;
            }
        }

        DataSource = builder.Build();
    }

    public NpgsqlDataSource DataSource { get; }

    // The keys as written (Npgsql's own builder reports every keyword it knows as present).
    private static bool Sets(string connectionString, string keyword)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals(keyword, StringComparison.OrdinalIgnoreCase));
    }

    public async Task MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var setup = new NpgsqlCommand("""
            SELECT pg_advisory_xact_lock(@key);
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            """, connection, transaction))
        {
            setup.Parameters.AddWithValue("key", MigrationLockKey);
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (applied.Count > 0 && applied.Max() > latest)
        {
            throw SchemaTooNewException.For(applied.Max(), latest);
        }

        // Every step not yet applied, gaps included (see SqliteDatabase).
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await using var step = new NpgsqlCommand(migration.Sql, connection, transaction);
            await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, description) VALUES (@v, @d)", connection, transaction);
            record.Parameters.AddWithValue("v", migration.Version);
            record.Parameters.AddWithValue("d", migration.Description);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A pooled connection and a read of the schema table, all within <paramref name="timeout"/>.</summary>
    public async Task ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        await using var connection = await DataSource.OpenConnectionAsync(deadline.Token);
        await using var read = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", connection)
        {
            CommandTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        };
        await read.ExecuteScalarAsync(deadline.Token);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
