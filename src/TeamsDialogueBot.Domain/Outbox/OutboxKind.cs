namespace TeamsDialogueBot.Domain.Outbox;

public enum OutboxKind
{
    /// <summary>A message posted to the conversation as decided (text, or a card rendered at decision time).</summary>
    Message,

    /// <summary>Posts the card of a slot, rendered when it leaves; the new activity id becomes the slot's card.</summary>
    PostCard,

    /// <summary>Updates the slot's posted card in place with its state as it is when the update leaves.</summary>
    RefreshCard,

    /// <summary>Like <see cref="RefreshCard"/>, but posts the slot's card when none was posted yet.</summary>
    ShowCard,

    /// <summary>A message to one person in their 1:1 chat with the bot (the chat is created if needed).</summary>
    Personal,
}
