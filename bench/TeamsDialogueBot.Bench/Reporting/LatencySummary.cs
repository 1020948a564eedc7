namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>Latency of /api/messages in milliseconds: nearest-rank percentiles over every request of a phase.</summary>
public sealed record LatencySummary(double P50, double P95, double P99, double Max)
{
    public static LatencySummary From(IReadOnlyList<double> latenciesMs)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        if (latenciesMs.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0);
        }

        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
}
