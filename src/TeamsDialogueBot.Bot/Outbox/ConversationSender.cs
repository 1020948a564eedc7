using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>The dispatcher's state for one conversation: its pacer (rate history), whether its loop runs, and its lease.</summary>
internal sealed class ConversationSender(string conversationId)
{
    private long _leaseUntilTicks;

    public string ConversationId { get; } = conversationId;
    public Lock Gate { get; } = new();

    /// <summary>Created once the lease is held, seeded with the conversation's recent sends.</summary>
    public ConversationPacer? Pacer { get; set; }

    public bool Running { get; set; }

    /// <summary>Set when more work arrived while the loop ran, so it reads the outbox once more before stopping.</summary>
    public bool Again { get; set; }

    /// <summary>The sweep is letting this sender go (under <see cref="Gate"/>); a kick meanwhile is noted, not run.</summary>
    public bool Retired { get; set; }

    /// <summary>A kick arrived while the sender was being let go; the sweep kicks again once it is gone.</summary>
    public bool KickedWhileRetired { get; set; }

    public DateTimeOffset LastWork { get; set; }

    /// <summary>
    /// Whether this instance may still count on the conversation's lease: until the lease's time to live, counted from
    /// before the last acquire or renewal the store confirmed. A flag that stayed true through a store outage longer
    /// than that would let this instance send while another, having found the lease expired, sends the same entries.
    /// </summary>
    public bool HoldsLease(DateTimeOffset now) => now.UtcTicks < Volatile.Read(ref _leaseUntilTicks);

    public void LeaseConfirmed(DateTimeOffset askedAt, TimeSpan ttl) => Volatile.Write(ref _leaseUntilTicks, (askedAt + ttl).UtcTicks);

    public void LeaseLost() => Volatile.Write(ref _leaseUntilTicks, 0);
}
