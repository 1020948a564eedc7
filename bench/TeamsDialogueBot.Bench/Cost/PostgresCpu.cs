using Npgsql;
using TeamsDialogueBot.Bench.Harness;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// CPU of the PostgreSQL processes that work for the bench database: its client backends (one per pooled
/// connection of every bot instance) and autovacuum workers, plus the server's WAL writer, background writer and
/// checkpointer, which flush and write for every database (on a shared server, a little of theirs is others' work).
/// Read from /proc (each PostgreSQL process has one thread), so only for a server on this machine; null otherwise.
/// </summary>
internal sealed class PostgresCpu : IAsyncDisposable
{
    private const string Processes = """
        SELECT pid FROM pg_stat_activity
        WHERE datname = $1 OR backend_type IN ('walwriter', 'background writer', 'checkpointer')
        """;

    private readonly NpgsqlConnection _connection;
    private readonly string _database;

    private PostgresCpu(NpgsqlConnection connection, string database)
    {
        _connection = connection;
        _database = database;
    }

    /// <summary>A connection of its own to the server's default database, so the sampling query is never counted.</summary>
    public static async Task<PostgresCpu> OpenAsync(ScratchPostgresDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Server) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new PostgresCpu(connection, database.Name);
    }

    /// <summary>CPU used so far by each process serving the database, by pid; null if none of them is visible in /proc.</summary>
    public async Task<IReadOnlyDictionary<int, TimeSpan>?> SampleAsync(CancellationToken cancellationToken)
    {
        var pids = new List<int>();
        await using (var command = new NpgsqlCommand(Processes, _connection))
        {
            command.Parameters.AddWithValue(_database);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                pids.Add(reader.GetInt32(0));
            }
        }

        var sample = new Dictionary<int, TimeSpan>();
        foreach (var pid in pids)
        {
            if (ProcessCpu.OfSingleThreaded(pid) is { } cpu)
            {
                sample[pid] = cpu;
            }
        }

        return sample.Count == 0 ? null : sample;
    }

    /// <summary>
    /// CPU between two samples. A process that started in between (a connection the pool opened) counts from
    /// zero, as all of its work fell in the window; one that ended in between is lost (pools rarely close so soon).
    /// </summary>
    public static TimeSpan? Used(IReadOnlyDictionary<int, TimeSpan>? before, IReadOnlyDictionary<int, TimeSpan>? after)
    {
        if (before is null || after is null)
        {
            return null;
        }

        return after.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.Value - before.GetValueOrDefault(p.Key)));
    }

    /// <summary>Backends of the bench database that started between two samples: connections a pool opened, autovacuum workers.</summary>
    public static int Opened(IReadOnlyDictionary<int, TimeSpan>? before, IReadOnlyDictionary<int, TimeSpan>? after) =>
        before is null || after is null ? 0 : after.Keys.Count(pid => !before.ContainsKey(pid));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
