namespace TeamsDialogueBot.Bench.Load;

/// <summary>What a load phase measured: per-request latencies, failures, and when the last answer came back.</summary>
/// <param name="Failures">Requests that did not answer 2xx with the expected content, with the reason of the first few.</param>
public sealed record LoadOutcome(
    int Requests,
    TimeSpan Elapsed,
    IReadOnlyList<double> LatenciesMs,
    int Failures,
    IReadOnlyList<string> FailureSamples,
    DateTimeOffset LastAnswerAt)
{
    /// <summary>When each request was sent, in ms from the phase's start, in the order of <see cref="LatenciesMs"/>.</summary>
    public required IReadOnlyList<double> SentAtMs { get; init; }

    /// <summary>Of the failures, answers with a 5xx status from the bot (timeouts and 4xx are failures, not 5xx).</summary>
    public int ServerErrors { get; init; }

    public double Throughput => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;
}
