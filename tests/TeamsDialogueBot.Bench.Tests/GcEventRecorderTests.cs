using System.Diagnostics;
using TeamsDialogueBot.Bench.Cost;

namespace TeamsDialogueBot.Bench.Tests;

/// <summary>The recorder listens to this very test process, whose own GC figures are the reference.</summary>
public sealed class GcEventRecorderTests
{
    private const int Arrays = 20_000;

    [Fact]
    public async Task Allocations_and_collections_read_from_GC_events_match_what_the_runtime_counts_within_the_window()
    {
        await using var recorder = await GcEventRecorder.StartAsync(Environment.ProcessId, CancellationToken.None);
        var keep = new byte[Arrays][];
        Allocate(keep); // outside the window: must not be counted
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (allBefore, gen2Before) = (GC.CollectionCount(0), GC.CollectionCount(2));
        var from = Stopwatch.GetTimestamp();

        Allocate(keep);
        GC.Collect(0);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        var to = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var (all, gen2) = (GC.CollectionCount(0) - allBefore, GC.CollectionCount(2) - gen2Before);
        Allocate(keep);
        await recorder.StopAsync(CancellationToken.None);

        var tally = recorder.Between(from, to);
        GC.KeepAlive(keep);
        // Each allocation tick reports ~100 KB, and tests running alongside allocate too; a window that let in the
        // arrays allocated before and after it would be 40 MB off.
        Assert.InRange(tally.AllocatedBytes, allocated - 2_000_000, allocated + 2_000_000);
        Assert.True(allocated > Arrays * 1_000, "the reference itself missed the arrays");
        // Every collection counts in CollectionCount(0); the GC may deepen the induced gen0 one to gen1.
        Assert.InRange(tally.Gen0 + tally.Gen1 + tally.Gen2, 3, all);
        Assert.InRange(tally.Gen2, 2, gen2);
        // The two forced ones are blocking, induced, and each held the threads for some time.
        Assert.InRange(tally.DeepCollections.Count(c => c == "NonConcurrentGC gen2 (Induced)"), 2, gen2);
        Assert.True(tally.LongestPauseMs > 0, "a blocking gen2 collection pauses the threads");
        var later = recorder.Between(to + Stopwatch.Frequency * 3600, long.MaxValue);
        Assert.Equal((0L, 0, 0, 0, 0.0), (later.AllocatedBytes, later.Gen0, later.Gen1, later.Gen2, later.LongestPauseMs));
        Assert.Empty(later.DeepCollections);
    }

    private static void Allocate(byte[][] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = new byte[1_000];
        }
    }
}
