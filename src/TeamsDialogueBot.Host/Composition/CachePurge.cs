using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Storage.Retention;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Retention purged a conversation: the bot forgets what it kept of it in memory as well.</summary>
public sealed class CachePurge(ConversationCache cache) : IRetentionListener
{
    public void Purged(string conversationId) => cache.Forget(conversationId);
}
