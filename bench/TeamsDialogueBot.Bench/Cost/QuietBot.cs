using System.Diagnostics;
using TeamsDialogueBot.Bench.Harness;

namespace TeamsDialogueBot.Bench.Cost;

/// <summary>
/// Waits, after a warm-up, until the bot's processes stop working on their own. A warm-up's requests leave the runtime
/// a backlog: the tiered JIT recompiles every method that got hot (thousands, on its background thread) for a few
/// seconds after the load stops. A long-running bot has long finished that; measuring the storm while it is still
/// going would bill a one-off start-up cost to the votes. Idle means under 5 % of a core for 300 ms in a row.
/// </summary>
internal static class QuietBot
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan IdleCpu = TimeSpan.FromMilliseconds(15);

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Until every instance of <paramref name="bot"/> is quiet, at most 20 s; how long it waited.</summary>
    public static Task<TimeSpan> WaitAsync(BenchBot bot, CancellationToken cancellationToken) =>
        WaitAsync([.. bot.Instances.Select(i => i.ProcessId)], Limit, cancellationToken);

    /// <summary>How long it waited; <paramref name="limit"/> when the bot never went quiet.</summary>
    public static async Task<TimeSpan> WaitAsync(IReadOnlyList<int> processIds, TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var before = Sample(processIds);
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            await Task.Delay(Window, cancellationToken);
            var now = Sample(processIds);
            if (now - before < IdleCpu)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            before = now;
        }

        return limit;
    }

    private static TimeSpan Sample(IReadOnlyList<int> processIds) =>
        processIds.Aggregate(TimeSpan.Zero, (sum, id) => sum + (ProcessCpu.Of(id) ?? TimeSpan.Zero));
}
