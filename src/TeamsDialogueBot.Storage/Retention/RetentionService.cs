using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsDialogueBot.Storage.Retention;

/// <summary>
/// Once at start and then every <see cref="RetentionOptions.Interval"/>, purges the dialogues whose last activity
/// is older than <see cref="RetentionOptions.RetentionDays"/>. A failed pass is logged and retried next time.
/// </summary>
public sealed partial class RetentionService(
    IRetentionStore store,
    IEnumerable<IRetentionListener> listeners,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    private TaskCompletionSource _nextPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next scheduled pass has finished (for operators' health checks and tests).</summary>
    public Task NextPassAsync() => Volatile.Read(ref _nextPass).Task;

    /// <summary>One pass; returns the conversations purged.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // One cut-off for finding and purging: a dialogue that got new activity in between is left alone.
        var endedBefore = time.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var purged = 0;
        foreach (var conversationId in await store.FindEndedAsync(endedBefore, cancellationToken))
        {
            if (await store.PurgeAsync(conversationId, endedBefore, cancellationToken))
            {
                purged++;
                foreach (var listener in listeners)
                {
                    listener.Purged(conversationId);
                }
            }
        }

        if (purged > 0)
        {
            LogPurged(logger, purged, options.Value.RetentionDays);
        }

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }

            Interlocked.Exchange(ref _nextPass, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: forgot the participants of {Count} dialogues ended more than {Days} days ago.")]
    private static partial void LogPurged(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention pass failed; retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
