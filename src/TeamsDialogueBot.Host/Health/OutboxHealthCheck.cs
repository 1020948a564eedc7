using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Outbox;

namespace TeamsDialogueBot.Host.Health;

/// <summary>
/// The outbox is stuck when an entry waits longer than its maximum age plus a margin: the dispatcher drops entries that
/// old when it gets to them, so one still pending means no instance is sending (a crashed loop, lost leases) — not
/// merely that Teams is slow or down, which only postpones entries.
/// </summary>
public sealed class OutboxHealthCheck(IOutboxStore outbox, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var depth = await outbox.DepthAsync(time.GetUtcNow(), cancellationToken);
        // The figures go in the description, not in the result's data: the health middleware logs data one entry per line.
        return depth.OldestAge > options.Value.MaxAge + Margin
            ? HealthCheckResult.Unhealthy(
                string.Create(CultureInfo.InvariantCulture, $"{depth.Pending} messages waiting; the oldest is {depth.OldestAge.TotalMinutes:0} minutes old: nothing is sending the outbox."))
            : HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{depth.Pending} messages waiting to be sent."));
    }
}
