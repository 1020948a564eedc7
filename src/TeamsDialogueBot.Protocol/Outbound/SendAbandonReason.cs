namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>Why an outbound send was given up.</summary>
public enum SendAbandonReason
{
    /// <summary>The Connector refused it for good (a 4xx other than 412/429), or it failed in a way retrying can't mend.</summary>
    NotRetryable,

    /// <summary>Every attempt failed with a retryable status or a network error.</summary>
    AttemptsExhausted,

    /// <summary>Waiting for the next attempt would have gone past the send's time budget.</summary>
    BudgetExhausted,
}
