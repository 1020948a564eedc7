using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// The embedded database: opens pooled connections on one file and brings its schema up to date.
/// WAL lets readers run beside the single writer; synchronous=FULL keeps a committed change through
/// a crash of the process or of the machine.
/// </summary>
public sealed class SqliteDatabase : IDatabaseProbe
{
    private readonly string _connectionString;
    private readonly string? _directory;

    // The physical connections (SQLite handles) whose settings are made: a pooled connection keeps its handle, and
    // the handle keeps its PRAGMA settings, so they are made once per handle rather than on every open. Weak: a handle
    // the pool has closed is forgotten with it.
    private static readonly object Prepared = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _prepared = [];

    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(directory);
            _directory = directory;
        }
    }

    /// <summary>
    /// Free space below which <see cref="ProbeAsync"/> calls the disk full: a commit appends to the WAL, and a
    /// disk that cannot take one fails every turn while reads still work.
    /// </summary>
    public long MinimumFreeBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Takes the write lock as a turn's write would (BEGIN IMMEDIATE), reads, and rolls back — waiting for the lock
    /// only <paramref name="timeout"/> instead of the 30 s a turn may wait — and checks the disk still has room.
    /// </summary>
    public async Task ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_directory is not null && new DriveInfo(_directory).AvailableFreeSpace < MinimumFreeBytes)
        {
            throw new IOException($"The disk holding the SQLite database has less than {MinimumFreeBytes / (1024 * 1024)} MB free.");
        }

        var milliseconds = (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);
        await using var connection = await OpenAsync(cancellationToken);
        // This connection's busy_timeout is about to be cut short: the next open of its handle must set it again.
        _prepared.Remove(connection.Handle!);
        // Both waits on a busy database: SQLite's own handler and Microsoft.Data.Sqlite's retry loop.
        connection.DefaultTimeout = Math.Max(1, milliseconds / 1000);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={milliseconds};");
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandTimeout = connection.DefaultTimeout;
        read.CommandText = "SELECT count(*) FROM schema_migrations";
        await read.ExecuteScalarAsync(cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        var handle = connection.Handle!;
        if (_prepared.TryGetValue(handle, out _))
        {
            return connection;
        }

        await using var pragma = connection.CreateCommand();
        // busy_timeout: a writer that meets the write lock is retried by SQLite itself within milliseconds of its
        // release. Left to Microsoft.Data.Sqlite's own SQLITE_BUSY retry, writers waited far longer (floor rush on
        // SQLite: p50 67–369 ms → 2 ms with this pragma alone).
        pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        _prepared.AddOrUpdate(handle, Prepared);
        return connection;
    }

    /// <summary>Applies missing migrations; refuses a database migrated by a newer build.</summary>
    public async Task MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """, cancellationToken);

        // BEGIN IMMEDIATE takes the write lock first, so two processes starting together apply each step once.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var applied = new HashSet<int>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
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

        // Every step not yet applied, in order — not just those above the highest: steps developed in
        // parallel may land out of order, and a gap must never be skipped.
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$d", migration.Description);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
