using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor page's limits: <see cref="FloorOptions.PerBrowserPerMinute"/> per browser and
/// <see cref="FloorOptions.PerDialoguePerMinute"/> per dialogue, as sliding windows of ASP.NET Core's rate limiters.
/// Not the rate-limiting middleware: its partition is chosen before the endpoint runs, and both keys here (the
/// dialogue behind the token, the browser id in that dialogue's cookie) are known only once the token is looked up.
/// Per instance: behind several instances the limits hold per instance.
/// </summary>
internal sealed class FloorRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<(string Dialogue, string? Browser)> _limiter;
    private readonly PartitionedRateLimiter<(string Dialogue, string Address)> _joins;

    public FloorRateLimits(IOptions<FloorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;

        // The browser first: a browser over its own limit must not use up the dialogue's permits as well.
        var perBrowser = PartitionedRateLimiter.Create<(string Dialogue, string? Browser), string>(caller => caller.Browser is null
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetSlidingWindowLimiter(caller.Dialogue + "\n" + caller.Browser, _ => Window(limits.PerBrowserPerMinute)));
        var perDialogue = PartitionedRateLimiter.Create<(string Dialogue, string? Browser), string>(caller =>
            RateLimitPartition.GetSlidingWindowLimiter(caller.Dialogue, _ => Window(limits.PerDialoguePerMinute)));
        _limiter = PartitionedRateLimiter.CreateChained(perBrowser, perDialogue);

        // Joining only sets a cookie, so it takes none of the dialogue's permits (a loop of junk joins locked every
        // phone out); it is limited per client address instead, generously, as a room may share one address (NAT).
        _joins = PartitionedRateLimiter.Create<(string Dialogue, string Address), string>(caller =>
            RateLimitPartition.GetSlidingWindowLimiter(caller.Dialogue + "\n" + caller.Address, _ => Window(2 * limits.PerDialoguePerMinute)));
    }

    /// <summary>Takes one join's permit for a client address; false when that address is over its limit.</summary>
    public bool TryAcquireJoin(string conversationId, string address)
    {
        using var lease = _joins.AttemptAcquire((conversationId, address));
        return lease.IsAcquired;
    }

    /// <summary>Takes one action's permit; false when the browser or the dialogue is over its limit.</summary>
    /// <param name="browserId">Null for a first visit, which has no browser id yet: only the dialogue's limit applies.</param>
    public bool TryAcquire(string conversationId, string? browserId)
    {
        using var lease = _limiter.AttemptAcquire((conversationId, browserId));
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _joins.Dispose();
    }

    private static SlidingWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
