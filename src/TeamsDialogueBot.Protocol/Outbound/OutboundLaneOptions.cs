namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>Pacing and retry settings of the outbound lanes.</summary>
public sealed class OutboundLaneOptions
{
    /// <summary>
    /// Teams' limits per bot per conversation: 7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / hour.
    /// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
    /// </summary>
    public static IReadOnlyList<RateWindow> TeamsWindows { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>
    /// The windows the lane keeps to: Teams' counts over slightly longer spans. The lane stamps an operation when
    /// it leaves, Teams counts it when it arrives; network jitter can bring two requests closer together at the
    /// service than they left (the floor-rush benchmark saw 429s with the exact spans).
    /// </summary>
    public IList<RateWindow> Windows { get; } = [.. TeamsWindows.Select(w => w with { Span = w.Span + Margin(w.Span) })];

    private static TimeSpan Margin(TimeSpan span) => TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(250).Ticks, span.Ticks / 20));

    /// <summary>Tries per operation, the first included, before the lane gives up and logs it.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff delay; it doubles per retry (with jitter) unless the Connector sent Retry-After.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    public bool UseJitter { get; set; } = true;

    /// <summary>How often idle lanes whose rate history has expired are forgotten.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
