using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL stores on a fresh database of the test server (see <see cref="TestDatabase"/>); skips, or fails
/// under CI, without one (<see cref="PostgresServer"/>). The first instance drops the database.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    // Any key: the writer's held write waits for this advisory lock, which HoldWriterAsync's own session holds.
    private const long HoldKey = 0x686f6c64;

    private readonly bool _ownsDatabase;
    private readonly PostgresWriteBatcher _writes;

    private PostgresTestDatabase(string connectionString, bool ownsDatabase, FakeTimeProvider time)
        : base(time)
    {
        ConnectionString = connectionString;
        _ownsDatabase = ownsDatabase;
        Database = new PostgresDatabase(connectionString);
        _writes = new PostgresWriteBatcher(Database);
        // One cache per instance, as the host wires it: another instance's saves are seen by their versions.
        Committer = new PostgresChangeCommitter(_writes, time, ListCache);
        Reader = new PostgresConversationReader(Database, ListCache);
        Dialogues = new PostgresDialogueStore(Database);
        Lists = new PostgresSpeakersListStore(Database, ListCache);
        Profiles = new PostgresParticipantProfileStore(Database);
        Polls = new PostgresPollStore(Database, _writes);
        Outbox = new PostgresOutboxStore(Database, _writes);
        DisplayTokens = new PostgresDisplayTokens(Database);
        ReportLinks = new PostgresReportLinks(Database);
        FloorLinks = new PostgresFloorLinks(Database);
        Retention = new PostgresRetentionStore(Database);
        Questions = new PostgresQuestionBoardStore(Database);
        Inputs = new PostgresInputStore(Database);
        Roster = new PostgresMeetingRosterStore(Database);
        Schedule = new PostgresMeetingSchedule(Database);
        Leases = new PostgresOutboxLeases(Database);
    }

    public string ConnectionString { get; }
    public PostgresDatabase Database { get; }
    public PostgresOutboxLeases Leases { get; }
    public override IChangeCommitter Committer { get; }
    public override IConversationReader Reader { get; }
    public override IDialogueStore Dialogues { get; }
    public override ISpeakersListStore Lists { get; }
    public override IParticipantProfileStore Profiles { get; }
    public override IPollStore Polls { get; }
    public override IOutboxStore Outbox { get; }
    public override IDisplayTokens DisplayTokens { get; }
    public override IReportLinks ReportLinks { get; }
    public override IFloorLinks FloorLinks { get; }
    public override IRetentionStore Retention { get; }
    public override IQuestionBoardStore Questions { get; }
    public override IInputStore Inputs { get; }
    public override IMeetingRosterStore Roster { get; }
    public override IMeetingSchedule Schedule { get; }

    /// <summary>A new database migrated with <paramref name="migrations"/> (all of them by default).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(IReadOnlyList<Migration>? migrations = null)
    {
        var database = new PostgresTestDatabase(await PostgresServer.CreateDatabaseAsync(), ownsDatabase: true, new FakeTimeProvider(Samples.Start));
        await database.MigrateAsync(migrations ?? PostgresMigrations.All);
        return database;
    }

    public override Task MigrateAsync(IReadOnlyList<Migration> migrations) => Database.MigrateAsync(migrations, CancellationToken.None);

    public override async Task ExecuteAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> LongAsync(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public override Task<TestDatabase> AnotherInstanceAsync(FakeTimeProvider? time = null) =>
        Task.FromResult<TestDatabase>(new PostgresTestDatabase(ConnectionString, ownsDatabase: false, time ?? new FakeTimeProvider(Time.GetUtcNow())));

    public override async Task<IAsyncDisposable> HoldWriterAsync()
    {
        var holder = await Database.DataSource.OpenConnectionAsync();
        await using (var take = holder.CreateCommand())
        {
            take.CommandText = $"SELECT pg_advisory_lock({HoldKey})";
            await take.ExecuteNonQueryAsync();
        }

        var held = _writes.ExecuteAsync(
            new PostgresWrite(new PostgresStatement($"SELECT 1 FROM pg_advisory_xact_lock({HoldKey})", _ => { }, ReturnsRow: true)),
            CancellationToken.None);
        await WaitForALockWaitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new Release(async () =>
        {
            // Explicitly: a pooled connection's session, and so its lock, outlives closing it.
            await using (var release = holder.CreateCommand())
            {
                release.CommandText = $"SELECT pg_advisory_unlock({HoldKey})";
                await release.ExecuteNonQueryAsync();
            }

            await holder.DisposeAsync();
            await held;
        });
    }

    /// <summary>Completes once a session of this database waits for a lock.</summary>
    public async Task WaitForALockWaitAsync()
    {
        await using var waiting = Database.DataSource.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock')");
        while (!(bool)(await waiting.ExecuteScalarAsync())!)
        {
            await Task.Yield();
        }
    }

    public override async Task<List<string>> ConversationRowsAsync(string conversationId)
    {
        var tables = new List<string>();
        await using (var list = Database.DataSource.CreateCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'conversation_id' ORDER BY table_name"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = Database.DataSource.CreateCommand("SELECT row_to_json(t)::text FROM \"" + table + "\" t WHERE conversation_id = @c");
            select.Parameters.AddWithValue("c", conversationId);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + " " + reader.GetString(0));
            }
        }

        return rows;
    }

    public override async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        await Database.DisposeAsync();
        if (_ownsDatabase)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
