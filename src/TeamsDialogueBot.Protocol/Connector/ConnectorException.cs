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

    /// <summary>Statuses Teams documents as transient: throttling (429), 412 under contention, gateway errors.</summary>
    public bool IsTransient => StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
}
