using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsDialogueBot.Storage;

namespace TeamsDialogueBot.Host.Health;

/// <summary>
/// Healthy when the configured database answers a real query, and would let a writer in, within
/// <see cref="Timeout"/>. SQLite's driver blocks its thread while it waits for a lock, so the probe runs on its
/// own and the check answers when the time is up whether or not the probe has: App Service must hear
/// "unhealthy" from a locked or full database, not time out (issue 15: Healthy with the database locked for 40 s).
/// </summary>
internal sealed partial class DatabaseHealthCheck(IDatabaseProbe probe, TimeProvider time, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probing = Task.Run(() => probe.ProbeAsync(Timeout, deadline.Token), CancellationToken.None);
        try
        {
            await probing.WaitAsync(Timeout, time, cancellationToken);
            return HealthCheckResult.Healthy("The database answered.");
        }
        catch (TimeoutException)
        {
            await deadline.CancelAsync();
            // The probe ends on its own (its lock wait is bounded too); its failure then is no news.
            _ = probing.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LogUnhealthy(logger, "no answer within " + Timeout.TotalSeconds + " s", null);
            return HealthCheckResult.Unhealthy($"The database did not answer within {Timeout.TotalSeconds} s.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnhealthy(logger, e.GetType().Name, e);
            return HealthCheckResult.Unhealthy("The database failed the probe: " + e.GetType().Name + ".", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database health probe failed: {Reason}")]
    private static partial void LogUnhealthy(ILogger logger, string reason, Exception? exception);
}
