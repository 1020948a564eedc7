using System.Globalization;
using System.Net;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// An outbound operation the lanes gave up on: it will not be sent. <see cref="Reason"/> says why,
/// <see cref="HttpRequestException.StatusCode"/> is the Connector's last answer (null after a network error),
/// and the inner exception is the last failure. It is an <see cref="HttpRequestException"/> because that is what
/// it is to a caller — an HTTP call to the Connector that failed — so code that already copes with one copes with this.
/// </summary>
public sealed class SendAbandonedException : HttpRequestException
{
    public SendAbandonedException()
    {
    }

    public SendAbandonedException(string message)
        : base(message)
    {
    }

    public SendAbandonedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SendAbandonedException(SendAbandonReason reason, HttpStatusCode? lastStatus, int attempts, TimeSpan elapsed, Exception lastFailure)
        : base(Describe(reason, lastStatus, attempts, elapsed), lastFailure, lastStatus)
    {
        Reason = reason;
        Attempts = attempts;
        Elapsed = elapsed;
    }

    public SendAbandonReason Reason { get; }

    /// <summary>Attempts made, the first included.</summary>
    public int Attempts { get; }

    /// <summary>From the first attempt to giving up.</summary>
    public TimeSpan Elapsed { get; }

    private static string Describe(SendAbandonReason reason, HttpStatusCode? lastStatus, int attempts, TimeSpan elapsed)
    {
        var status = lastStatus is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "no answer";
        var why = reason switch
        {
            SendAbandonReason.NotRetryable => "the failure is not one to retry",
            SendAbandonReason.AttemptsExhausted => "every attempt failed",
            SendAbandonReason.BudgetExhausted => "the next attempt would come after the send's time budget",
            _ => reason.ToString(),
        };
        return string.Create(CultureInfo.InvariantCulture, $"Send abandoned after {attempts} attempt(s) in {elapsed.TotalSeconds:0.#} s: {why} (last status: {status}).");
    }
}
