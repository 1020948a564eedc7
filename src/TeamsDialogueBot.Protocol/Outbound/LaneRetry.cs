using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// The lanes' retry policy: Teams asks bots to back off exponentially on 429 and to treat 412, 502
/// and 504 the same way. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
/// </summary>
internal static partial class LaneRetry
{
    public static readonly ResiliencePropertyKey<string> ConversationKey = new("teams.conversation");

    public static ResiliencePipeline Build(OutboundLaneOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<ConnectorException>(e => e.IsTransient)
                    .Handle<HttpRequestException>(),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                // Whether Teams sends Retry-After on 429 is not documented; when it does, it wins over our backoff.
                DelayGenerator = static args => ValueTask.FromResult(
                    args.Outcome.Exception is ConnectorException { RetryAfter: { } retryAfter } ? retryAfter : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var conversation = args.Context.Properties.GetValue(ConversationKey, "?");
                    LogRetrying(logger, conversation, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound retry {Attempt} in conversation {ConversationId} after {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string conversationId, int attempt, TimeSpan delay, string? reason);
}
