using System.Globalization;
using System.Text;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// The console tables: one row per run of a scenario on a storage, then — with <c>--runs</c> above 1 — each
/// figure's range over the runs. Cost columns are per activity of the measured phase (see <see cref="ActivityCost"/>).
/// </summary>
public static class ResultTable
{
    private const string Missing = "–";

    private static readonly string[] s_header =
    [
        "scenario", "storage", "run", "inst", "activities", "act/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "outbound", "429s", "5xx",
        "card settle ms", "lost", "failed", "bot µs/act", "alloc KB/act", "gc0/1/2", "loadgen µs/act", "pg µs/act", "peak WS MB", "start-up ms", "ok",
    ];

    private static readonly string[] s_spreadHeader =
        ["scenario", "storage", "runs", "act/s", "p50 ms", "p95 ms", "p99 ms", "bot µs/act", "alloc KB/act", "gc0", "gc1", "gc2", "loadgen µs/act", "pg µs/act", "429s", "5xx", "lost"];

    public static string Format(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<string[]> { s_header };
        foreach (var r in results)
        {
            var cost = r.Cost;
            rows.Add([
                r.Scenario, r.Storage, N(r.Run), N(r.Instances), N(r.Activities), N(r.ActivitiesPerSecond), N(r.LatencyMs.P50), N(r.LatencyMs.P95), N(r.LatencyMs.P99), N(r.LatencyMs.Max),
                N(r.OutboundCalls), N(r.Throttled), N(r.ServerErrors), N(r.CardSettleMs), N(r.Lost), N(r.Failed),
                N(cost?.BotCpuUsPerActivity), N(cost?.AllocatedBytesPerActivity / 1024), Collections(cost), N(cost?.LoadGeneratorCpuUsPerActivity), N(cost?.PostgresCpuUsPerActivity),
                N(r.PeakWorkingSetMb), N(r.StartupMs), r.Correct ? "yes" : "NO",
            ]);
        }

        return Align(rows);
    }

    public static string FormatSpread(IEnumerable<ScenarioSpread> spreads)
    {
        ArgumentNullException.ThrowIfNull(spreads);
        var rows = new List<string[]> { s_spreadHeader };
        foreach (var s in spreads)
        {
            rows.Add([
                s.Scenario, s.Storage, N(s.Runs), R(s.ActivitiesPerSecond), R(s.P50Ms), R(s.P95Ms), R(s.P99Ms), R(s.BotCpuUsPerActivity), R(s.AllocatedKbPerActivity),
                R(s.Gen0Collections), R(s.Gen1Collections), R(s.Gen2Collections), R(s.LoadGeneratorCpuUsPerActivity), R(s.PostgresCpuUsPerActivity),
                R(s.Throttled), R(s.ServerErrors), R(s.Lost),
            ]);
        }

        return Align(rows);
    }

    private static string Align(List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(" | ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
        }

        return text.ToString();
    }

    private static string Collections(ActivityCost? cost) =>
        cost?.Gen0Collections is { } gen0 ? string.Create(CultureInfo.InvariantCulture, $"{gen0}/{cost.Gen1Collections}/{cost.Gen2Collections}") : Missing;

    private static string N(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("0.#", CultureInfo.InvariantCulture) : Missing;

    private static string R(ValueRange? range) => range?.ToString() ?? Missing;
}
