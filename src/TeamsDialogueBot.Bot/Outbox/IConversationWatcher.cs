using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// Told whenever the bot shows a conversation something new (a card posted or updated, a message).
/// Every state change ends in one of those, so this is where live views (the room display) hear of changes.
/// Must return at once: it runs on the request path.
/// </summary>
public interface IConversationWatcher
{
    void Changed(ConversationReference conversation);
}
