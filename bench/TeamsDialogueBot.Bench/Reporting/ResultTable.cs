using System.Globalization;
using System.Text;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>The console table: one row per scenario and storage, the targets beside the figures.</summary>
public static class ResultTable
{
    private static readonly string[] s_header =
        ["scenario", "storage", "activities", "act/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "outbound", "429s", "card settle ms", "lost", "failed", "peak WS MB", "start-up ms", "ok"];

    public static string Format(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<string[]> { s_header };
        foreach (var r in results)
        {
            rows.Add([
                r.Scenario, r.Storage, N(r.Activities), N(r.ActivitiesPerSecond), N(r.LatencyMs.P50), N(r.LatencyMs.P95), N(r.LatencyMs.P99), N(r.LatencyMs.Max),
                N(r.OutboundCalls), N(r.Throttled), N(r.CardSettleMs), N(r.Lost), N(r.Failed), N(r.PeakWorkingSetMb), N(r.StartupMs), r.Correct ? "yes" : "NO",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(" | ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
        }

        return text.ToString();
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
