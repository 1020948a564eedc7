namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>
/// One scenario on one storage: the figures the issue asks for, and whether every vote or request survived.
/// </summary>
/// <param name="Activities">Activities posted in the load phase (votes or floor requests).</param>
/// <param name="ActivitiesPerSecond">Activities / wall time of the load phase.</param>
/// <param name="OutboundCalls">Every request the fake Bot Connector received during the run.</param>
/// <param name="Throttled">Of those, answered 429 by the Connector's Teams rate windows.</param>
/// <param name="CardSettleMs">From the last answer of the load phase to the shared card showing the final state (worst card).</param>
/// <param name="Lost">Votes or requests missing from the final card or the bot's state; must be 0.</param>
/// <param name="Failed">Requests that did not answer 2xx with the expected content.</param>
/// <param name="ServerErrors">Of those, requests the bot answered with a 5xx status.</param>
/// <param name="Notes">Scenario-specific facts, e.g. the chair's phase of the floor rush.</param>
/// <param name="AuthenticatedOutbound">Outbound calls that carried the token MSAL got from the fake Entra endpoint.</param>
/// <param name="Instances">Bot processes the load was spread over (several share one PostgreSQL database).</param>
/// <param name="Cost">CPU, allocations and collections of the measured phase; null only in results written before they were measured.</param>
public sealed record ScenarioResult(
    string Scenario,
    string Storage,
    string Parameters,
    int Activities,
    double LoadSeconds,
    double ActivitiesPerSecond,
    LatencySummary LatencyMs,
    int OutboundCalls,
    int Throttled,
    double CardSettleMs,
    int Lost,
    int Failed,
    int ServerErrors,
    double PeakWorkingSetMb,
    double StartupMs,
    int AuthenticatedOutbound,
    int Instances,
    ActivityCost? Cost,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Notes)
{
    /// <summary>Which of the repeated runs (<c>--runs</c>) this is, from 1.</summary>
    public int Run { get; init; } = 1;

    public bool Correct => Lost == 0 && Failed == 0 && Problems.Count == 0;
}
