namespace TeamsDialogueBot.Bench.Cost;

/// <summary>What one process's garbage collector reported within a window.</summary>
/// <param name="AllocatedBytes">Sum of the allocation ticks' amounts (each tick reports the ~100 KB allocated since the last one).</param>
/// <param name="Gen0">Collections whose deepest generation was 0; likewise <paramref name="Gen1"/> and <paramref name="Gen2"/>.</param>
internal sealed record GcTally(long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static GcTally Zero { get; } = new(0, 0, 0, 0);

    public static GcTally operator +(GcTally left, GcTally right) =>
        new(left.AllocatedBytes + right.AllocatedBytes, left.Gen0 + right.Gen0, left.Gen1 + right.Gen1, left.Gen2 + right.Gen2);
}
