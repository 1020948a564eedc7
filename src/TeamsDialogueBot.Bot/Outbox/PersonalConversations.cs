using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// The bot's 1:1 chat with a person, created on first use (Teams returns the same chat every time, so a lost entry of
/// the cache only costs one more call). Bounded: old entries expire.
/// </summary>
public sealed class PersonalConversations(IConnectorClient connector, IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(12);

    public async Task<string> IdOfAsync(ConversationReference meeting, string userId, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var key = ("personal", meeting.TenantId, userId);
        if (cache.TryGetValue(key, out string? known) && known is not null)
        {
            return known;
        }

        var tenant = meeting.TenantId ?? throw new InvalidOperationException("A 1:1 chat needs the tenant id, which this conversation never gave.");
        var bot = new ChannelAccount { Id = meeting.BotId, Name = meeting.BotName };
        var id = await connector.CreatePersonalConversationAsync(meeting.ServiceUrl, tenant, bot, new ChannelAccount { Id = userId, Name = userName }, cancellationToken);
        cache.Set(key, id, new MemoryCacheEntryOptions { SlidingExpiration = KeepFor, Size = 1 });
        return id;
    }
}
