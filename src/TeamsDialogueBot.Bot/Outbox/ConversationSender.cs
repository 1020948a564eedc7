using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>The dispatcher's state for one conversation: its pacer (rate history), whether its loop runs, and its lease.</summary>
internal sealed class ConversationSender(string conversationId)
{
    public string ConversationId { get; } = conversationId;
    public Lock Gate { get; } = new();

    /// <summary>Created once the lease is held, seeded with the conversation's recent sends.</summary>
    public ConversationPacer? Pacer { get; set; }

    public bool Running { get; set; }

    /// <summary>Set when more work arrived while the loop ran, so it reads the outbox once more before stopping.</summary>
    public bool Again { get; set; }

    public bool LeaseHeld { get; set; }

    public DateTimeOffset LastWork { get; set; }
}
