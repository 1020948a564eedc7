namespace TeamsDialogueBot.Bench.Cost;

/// <summary>What one process's garbage collector reported within a window.</summary>
/// <param name="AllocatedBytes">Sum of the allocation ticks' amounts (each tick reports the ~100 KB allocated since the last one).</param>
/// <param name="Gen0">Collections whose deepest generation was 0; likewise <paramref name="Gen1"/> and <paramref name="Gen2"/>.</param>
internal sealed record GcTally(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcTally Zero { get; } = new(0, 0, 0, 0);

    /// <summary>The longest time the runtime held every managed thread (suspension to restart): a collection, or another stop such as tiered compilation installing call counters.</summary>
    public double LongestPauseMs { get; init; }

    /// <summary>Each gen2 collection's type and the reason the runtime gave, e.g. "BackgroundGC gen2 (AllocLarge)".</summary>
    public IReadOnlyList<string> DeepCollections { get; init; } = [];

    /// <summary>Methods the JIT compiled for the first time (tier 0, or straight to optimised code where there is no tier 0).</summary>
    public int FirstCompiled { get; init; }

    /// <summary>Every method compiled in the window, in order, as "first|tier1 RuntimeTier Namespace.Type::Method".</summary>
    public IReadOnlyList<string> CompiledNames { get; init; } = [];

    /// <summary>
    /// Every collection the session saw, in the window or before it, each followed by the heap's sizes after it: "ms from
    /// the window's start, in|out, what". Several instances' logs follow one another.
    /// </summary>
    public IReadOnlyList<string> CollectionLog { get; init; } = [];

    /// <summary>Methods the JIT compiled again, optimised, because they ran often (tier 1).</summary>
    public int Recompiled { get; init; }

    public static GcTally operator +(GcTally left, GcTally right) =>
        new(left.AllocatedBytes + right.AllocatedBytes, left.Gen0 + right.Gen0, left.Gen1 + right.Gen1, left.Gen2 + right.Gen2)
        {
            LongestPauseMs = Math.Max(left.LongestPauseMs, right.LongestPauseMs),
            DeepCollections = [.. left.DeepCollections, .. right.DeepCollections],
            FirstCompiled = left.FirstCompiled + right.FirstCompiled,
            CompiledNames = [.. left.CompiledNames, .. right.CompiledNames],
            CollectionLog = left.CollectionLog.Count == 0 ? right.CollectionLog : [.. left.CollectionLog, "-- next instance", .. right.CollectionLog],
            Recompiled = left.Recompiled + right.Recompiled,
        };
}
