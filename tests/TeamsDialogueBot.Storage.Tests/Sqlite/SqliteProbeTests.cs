using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

public sealed class SqliteProbeTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Probe_passes_on_a_usable_database()
    {
        var database = await _temp.OpenMigratedAsync();

        await database.ProbeAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
    }

    [Fact]
    public async Task Probe_fails_within_its_timeout_while_another_writer_holds_the_lock()
    {
        var database = await _temp.OpenMigratedAsync();
        await using var other = new SqliteConnection(_temp.ConnectionString + ";Pooling=False");
        await other.OpenAsync();
        await using var held = other.BeginTransaction(deferred: false);

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<SqliteException>(() => database.ProbeAsync(TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the probe waited {watch.Elapsed}, not about 1 s");
    }

    [Fact]
    public async Task Probe_fails_when_the_disk_has_no_room_left()
    {
        var database = await _temp.OpenMigratedAsync();
        database.MinimumFreeBytes = long.MaxValue;

        var error = await Assert.ThrowsAsync<IOException>(() => database.ProbeAsync(TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Contains("free", error.Message, StringComparison.Ordinal);
    }
}
