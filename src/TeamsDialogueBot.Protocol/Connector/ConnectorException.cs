using System.Net;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>A non-success answer from the Bot Connector.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode statusCode, TimeSpan? retryAfter, string? correlationId)
        : base(message)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        CorrelationId = correlationId;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The Retry-After the Connector asked for, if any (seconds or an HTTP date, turned into a delay).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The X-Correlating-OperationId response header: quote it when asking Microsoft about a failure.</summary>
    public string? CorrelationId { get; }

    /// <summary>
    /// Worth another try: throttling (429) and 412 under contention, which Teams documents, and the service's own
    /// transient failures (500, 502, 503, 504). https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
    /// </summary>
    public bool IsTransient => Outbound.LaneRetry.IsRetryableStatus(StatusCode);
}
