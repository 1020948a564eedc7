using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>"Outbound" settings: pacing and retries of what the bot sends to Teams.</summary>
public sealed class OutboundLaneOptions
{
    public const string SectionName = "Outbound";

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
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff delay; it doubles per retry (with jitter) unless the Connector sent Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff of our own between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:30:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest Retry-After obeyed: a longer one is cut to this. Teams does not document a ceiling, and one
    /// Retry-After of minutes would hold the whole conversation's lane (issue 15 saw 150 s obeyed in full).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long one send may spend retrying, from its first attempt: no wait starts that would end later, and the
    /// send is given up with <see cref="SendAbandonedException"/> instead. An attempt already in flight is bounded by
    /// the HttpClient's timeout, not by this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan SendBudget { get; set; } = TimeSpan.FromMinutes(2);

    public bool UseJitter { get; set; } = true;

}
