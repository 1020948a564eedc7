namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>
/// One message the bot decided to send, stored with the decision and sent afterwards, in order, by the
/// outbox dispatcher. <see cref="Payload"/> is opaque to storage (the Bot layer writes and reads it).
/// </summary>
/// <param name="Id">Assigned by the store; 0 before it is stored. Entries of a conversation are sent in id order.</param>
/// <param name="Slot">The card slot (e.g. "agenda", "queue/3", "poll/p2") for card posts and refreshes.</param>
public sealed record OutboxEntry(long Id, string ConversationId, OutboxKind Kind, string? Slot, string Payload, DateTimeOffset CreatedAt)
{
    /// <summary>Failed attempts so far (each one after the send's retry budget was used up).</summary>
    public int Attempts { get; init; }

    /// <summary>Not to be tried again before this instant (set after a failed attempt).</summary>
    public DateTimeOffset? NotBefore { get; init; }
}
