using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Turns a load phase and what was checked after it into a <see cref="ScenarioResult"/>.</summary>
internal static class Measurements
{
    public static ScenarioResult Result(
        ScenarioKind kind,
        StorageTarget storage,
        string parameters,
        BenchBot bot,
        LoadOutcome load,
        ActivityCost cost,
        DateTimeOffset? settledAt,
        int lost,
        IEnumerable<string> problems,
        IReadOnlyList<string>? notes = null)
    {
        // TDB_BENCH_LATENCIES: every request in the order sent, "sent-at-ms latency-ms" — which requests the tail was and
        // when: a run of consecutive slow ones sent within a few ms is everything in flight waiting on one thing.
        DiagnosticFiles.WriteIfAsked(
            "TDB_BENCH_LATENCIES",
            $"{kind}-{storage.Name}",
            load.LatenciesMs.Select((l, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{load.SentAtMs[i]:0.###} {l:0.###}")));
        var found = problems.Concat(load.FailureSamples.Select(f => "request failed: " + f)).ToList();
        if (settledAt is null)
        {
            found.Add("the shared card never showed the final state");
        }

        var settle = settledAt is { } at ? Math.Max(0, (at - load.LastAnswerAt).TotalMilliseconds) : double.NaN;
        return new ScenarioResult(
            kind.ToString(),
            storage.Name,
            parameters,
            load.Requests,
            Math.Round(load.Elapsed.TotalSeconds, 3),
            Math.Round(load.Throughput, 1),
            LatencySummary.From(load.LatenciesMs),
            bot.Connector.Requests.Count,
            bot.Connector.Throttled,
            Math.Round(settle, 1),
            lost,
            load.Failures,
            load.ServerErrors,
            Math.Round(bot.PeakWorkingSet() / 1024.0 / 1024.0, 1),
            Math.Round(bot.Startup.TotalMilliseconds, 0),
            bot.AuthenticatedOutboundCalls,
            bot.Instances.Count,
            cost,
            found,
            notes ?? []);
    }
}
