namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// What the measured phase cost, per process kind, and per activity of that phase. The window runs from just
/// before the first request to the shared card showing the final state (or the last answer, if it never did):
/// warm-up, start-up and the checks after the phase are outside it. Null where a figure could not be read.
/// </summary>
/// <param name="WindowSeconds">Length of the window the figures below cover.</param>
/// <param name="BotCpuSeconds">User + system CPU of the bot process (all instances together), from /proc/PID/stat.</param>
/// <param name="BotCpuSecondsPerInstance">The same, instance by instance, to see whether the load was spread.</param>
/// <param name="AllocatedBytes">Bytes the bot allocated, from its GC allocation ticks over EventPipe (± 100 KB per instance).</param>
/// <param name="Gen0Collections">Collections of the bot whose deepest generation was 0 (gen1 and gen2 likewise).</param>
/// <param name="LoadGeneratorCpuSeconds">The bench process (load generator, fake Connector, OpenID and Entra endpoints, event reading), and the Node.js load generator's own count when one sent the load.</param>
/// <param name="PostgresCpuSeconds">PostgreSQL's backends for the bench database and its WAL writer, background writer and checkpointer.</param>
public sealed record ActivityCost(
    double WindowSeconds,
    double BotCpuSeconds,
    double BotCpuUsPerActivity,
    IReadOnlyList<double> BotCpuSecondsPerInstance,
    long? AllocatedBytes,
    double? AllocatedBytesPerActivity,
    int? Gen0Collections,
    int? Gen1Collections,
    int? Gen2Collections,
    double LoadGeneratorCpuSeconds,
    double LoadGeneratorCpuUsPerActivity,
    double? PostgresCpuSeconds,
    double? PostgresCpuUsPerActivity)
{
    /// <summary>These figures with <paramref name="external"/> CPU of a separate load generator process added to the bench's.</summary>
    public ActivityCost WithLoadGenerator(TimeSpan external, int activities)
    {
        if (external <= TimeSpan.Zero)
        {
            return this;
        }

        var seconds = LoadGeneratorCpuSeconds + external.TotalSeconds;
        return this with
        {
            LoadGeneratorCpuSeconds = Math.Round(seconds, 3),
            LoadGeneratorCpuUsPerActivity = Math.Round(seconds * 1e6 / Math.Max(1, activities), 1),
        };
    }
}
