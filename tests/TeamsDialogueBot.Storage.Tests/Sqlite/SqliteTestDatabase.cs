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
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary>The SQLite stores on a fresh file (see <see cref="TestDatabase"/>); the first instance deletes the file.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempDatabase _file;
    private readonly bool _ownsFile;
    private readonly SqliteDatabase _database;
    private readonly SqliteWriteBatcher _writes;

    private SqliteTestDatabase(TempDatabase file, bool ownsFile, FakeTimeProvider time)
        : base(time)
    {
        _file = file;
        _ownsFile = ownsFile;
        _database = new SqliteDatabase(file.ConnectionString);
        _writes = new SqliteWriteBatcher(_database);
        // One cache per instance, as the host wires it: another instance's saves are seen by their versions.
        Committer = new SqliteChangeCommitter(_writes, time, ListCache);
        Reader = new SqliteConversationReader(_database, ListCache);
        Dialogues = new SqliteDialogueStore(_database);
        Lists = new SqliteSpeakersListStore(_database, ListCache);
        Profiles = new SqliteParticipantProfileStore(_database);
        Polls = new SqlitePollStore(_database, _writes);
        Outbox = new SqliteOutboxStore(_database, _writes);
        DisplayTokens = new SqliteDisplayTokens(_database);
        ReportLinks = new SqliteReportLinks(_database);
        FloorLinks = new SqliteFloorLinks(_database);
        Retention = new SqliteRetentionStore(_database);
        Questions = new SqliteQuestionBoardStore(_database);
        Inputs = new SqliteInputStore(_database);
        Roster = new SqliteMeetingRosterStore(_database);
        Schedule = new SqliteMeetingSchedule(_database);
    }

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

    /// <summary>A new file migrated with <paramref name="migrations"/> (all of them by default).</summary>
    public static async Task<TestDatabase> CreateAsync(IReadOnlyList<Migration>? migrations = null)
    {
        var database = new SqliteTestDatabase(new TempDatabase(), ownsFile: true, new FakeTimeProvider(Samples.Start));
        await database.MigrateAsync(migrations ?? SqliteMigrations.All);
        return database;
    }

    public override Task MigrateAsync(IReadOnlyList<Migration> migrations) => _database.MigrateAsync(migrations, CancellationToken.None);

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> LongAsync(string sql)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public override Task<TestDatabase> AnotherInstanceAsync(FakeTimeProvider? time = null) =>
        Task.FromResult<TestDatabase>(new SqliteTestDatabase(_file, ownsFile: false, time ?? new FakeTimeProvider(Time.GetUtcNow())));

    public override async Task<IAsyncDisposable> HoldWriterAsync()
    {
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = _writes.ExecuteAsync(
            async (_, _) =>
            {
                running.SetResult();
                await released.Task;
                return 0;
            },
            CancellationToken.None);
        await running.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new Release(async () =>
        {
            released.SetResult();
            await held;
        });
    }

    public override async Task<List<string>> ConversationRowsAsync(string conversationId)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'conversation_id' ORDER BY m.name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT * FROM \"" + table + "\" WHERE conversation_id = $c";
            select.Parameters.AddWithValue("$c", conversationId);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + " " + string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    public override async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        if (_ownsFile)
        {
            _file.Dispose();
        }
    }
}
