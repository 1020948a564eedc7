namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>One scenario on one storage over <c>--runs</c> runs: the range of each figure, lowest to highest.</summary>
public sealed record ScenarioSpread(
    string Scenario,
    string Storage,
    string Parameters,
    int Runs,
    ValueRange? ActivitiesPerSecond,
    ValueRange? P50Ms,
    ValueRange? P95Ms,
    ValueRange? P99Ms,
    ValueRange? BotCpuUsPerActivity,
    ValueRange? AllocatedKbPerActivity,
    ValueRange? Gen0Collections,
    ValueRange? Gen1Collections,
    ValueRange? Gen2Collections,
    ValueRange? LoadGeneratorCpuUsPerActivity,
    ValueRange? PostgresCpuUsPerActivity,
    ValueRange? Throttled,
    ValueRange? ServerErrors,
    ValueRange? Lost)
{
    public static IReadOnlyList<ScenarioSpread> Of(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results
            .GroupBy(r => (r.Scenario, r.Storage, r.Parameters))
            .Select(g => new ScenarioSpread(
                g.Key.Scenario,
                g.Key.Storage,
                g.Key.Parameters,
                g.Count(),
                ValueRange.Of(g.Select(r => (double?)r.ActivitiesPerSecond)),
                ValueRange.Of(g.Select(r => (double?)r.LatencyMs.P50)),
                ValueRange.Of(g.Select(r => (double?)r.LatencyMs.P95)),
                ValueRange.Of(g.Select(r => (double?)r.LatencyMs.P99)),
                ValueRange.Of(g.Select(r => r.Cost?.BotCpuUsPerActivity)),
                ValueRange.Of(g.Select(r => r.Cost?.AllocatedBytesPerActivity is { } bytes ? Math.Round(bytes / 1024, 1) : (double?)null)),
                ValueRange.Of(g.Select(r => (double?)r.Cost?.Gen0Collections)),
                ValueRange.Of(g.Select(r => (double?)r.Cost?.Gen1Collections)),
                ValueRange.Of(g.Select(r => (double?)r.Cost?.Gen2Collections)),
                ValueRange.Of(g.Select(r => r.Cost?.LoadGeneratorCpuUsPerActivity)),
                ValueRange.Of(g.Select(r => r.Cost?.PostgresCpuUsPerActivity)),
                ValueRange.Of(g.Select(r => (double?)r.Throttled)),
                ValueRange.Of(g.Select(r => (double?)r.ServerErrors)),
                ValueRange.Of(g.Select(r => (double?)r.Lost))))];
    }
}
