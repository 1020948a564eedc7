using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// The lanes' retry policy. Teams asks bots to back off exponentially on 429 and to treat 412, 502 and 504 the
/// same way (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit); 500 and 503 and network
/// errors are retried too, as the Connector's own transient failures. Every wait is bounded: Retry-After is obeyed
/// up to <see cref="OutboundLaneOptions.MaxRetryAfter"/>, and no retry starts once it would end past the send's
/// <see cref="OutboundLaneOptions.SendBudget"/>. A send that ends in failure surfaces as
/// <see cref="SendAbandonedException"/> with the reason and the Connector's last status.
/// </summary>
/// <remarks>
/// The budget is checked before each wait rather than by a timer over the whole send, so an attempt already in
/// flight is never cut off (it is bounded by the HttpClient's own timeout) and the lanes' deterministic clock in
/// tests sees only the waits that really happen.
/// </remarks>
internal static partial class LaneRetry
{
    public static readonly ResiliencePropertyKey<string> ConversationKey = new("teams.conversation");

    // Per-send state, kept in the pooled ResilienceContext that one execution owns.
    internal static readonly ResiliencePropertyKey<long> StartedKey = new("teams.send.started");
    internal static readonly ResiliencePropertyKey<int> AttemptsKey = new("teams.send.attempts");
    internal static readonly ResiliencePropertyKey<bool> OverBudgetKey = new("teams.send.overBudget");
    internal static readonly ResiliencePropertyKey<HttpStatusCode?> LastStatusKey = new("teams.send.lastStatus");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("teams.send.nextDelay");

    public static ResiliencePipeline Build(OutboundLaneOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        builder.AddStrategy(_ => new SendAbandonment(time));
        if (options.MaxAttempts <= 1)
        {
            return builder.Build();
        }

        builder.AddRetry(new RetryStrategyOptions
        {
            // Polly's own count is the backstop; the predicate below decides, since it also watches the budget.
            MaxRetryAttempts = options.MaxAttempts - 1,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args, options, time)),
            DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelayKey, TimeSpan.Zero)),
            OnRetry = args =>
            {
                ConnectorTelemetry.Retried(args.Outcome.Exception);
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    var conversation = args.Context.Properties.GetValue(ConversationKey, "?");
                    LogRetrying(logger, LogText.Safe(conversation), args.AttemptNumber + 1, args.RetryDelay, LogText.Safe(args.Outcome.Exception?.Message, 300));
                }

                return ValueTask.CompletedTask;
            },
        });

        return builder.Build();
    }

    /// <summary>Statuses worth another try: throttling, contention and the Connector's own transient failures.</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>A failure another attempt may mend: a retryable status, a network error, an HttpClient timeout.</summary>
    public static bool IsRetryable(Exception exception, CancellationToken sendCancelled) => exception switch
    {
        SendAbandonedException => false,
        ConnectorException connector => IsRetryableStatus(connector.StatusCode),
        HttpRequestException => true,
        // HttpClient reports its own timeout as a cancellation nobody asked for.
        OperationCanceledException => !sendCancelled.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 2: the Connector's Retry-After up to the cap, else
    /// exponential from <see cref="OutboundLaneOptions.BaseDelay"/> up to <see cref="OutboundLaneOptions.MaxDelay"/>,
    /// with jitter so that lanes throttled together don't come back together.
    /// </summary>
    public static TimeSpan DelayFor(Exception exception, int attempt, OutboundLaneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (exception is ConnectorException { RetryAfter: { } retryAfter })
        {
            return retryAfter < TimeSpan.Zero ? TimeSpan.Zero : Min(retryAfter, options.MaxRetryAfter);
        }

        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var delay = Min(TimeSpan.FromMilliseconds(exponential), options.MaxDelay);
        if (options.UseJitter)
        {
            // Half fixed, half random: never less than half the backoff, never more than all of it.
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
            delay = delay / 2 + delay / 2 * Random.Shared.NextDouble();
#pragma warning restore CA5394
        }

        return delay;
    }

    private static bool ShouldRetry(RetryPredicateArguments<object> args, OutboundLaneOptions options, TimeProvider time)
    {
        var properties = args.Context.Properties;
        properties.Set(AttemptsKey, args.AttemptNumber + 1);
        if (args.Outcome.Exception is ConnectorException answered)
        {
            properties.Set(LastStatusKey, answered.StatusCode);
        }

        if (args.Outcome.Exception is not { } failure || !IsRetryable(failure, args.Context.CancellationToken))
        {
            return false;
        }

        if (args.AttemptNumber + 1 >= options.MaxAttempts)
        {
            return false;
        }

        var delay = DelayFor(failure, args.AttemptNumber, options);
        var elapsed = time.GetElapsedTime(properties.GetValue(StartedKey, time.GetTimestamp()));
        if (elapsed + delay > options.SendBudget)
        {
            properties.Set(OverBudgetKey, true);
            return false;
        }

        properties.Set(NextDelayKey, delay);
        return true;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound retry {Attempt} in conversation {ConversationId} after {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string conversationId, int attempt, TimeSpan delay, string? reason);
}
