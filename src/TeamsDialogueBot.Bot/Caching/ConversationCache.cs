using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace TeamsDialogueBot.Bot.Caching;

/// <summary>
/// What the bot remembers in memory about a conversation between turns (chair answers, polls between votes, whether
/// it has a display link), kept under one bounded, expiring cache entry per conversation so that forgetting a
/// conversation — retention purged it — forgets all of it at once.
/// </summary>
public sealed class ConversationCache(IMemoryCache cache)
{
    private static readonly TimeSpan IdleFor = TimeSpan.FromHours(1);

    /// <summary>The named scratch area of a conversation, created on first use.</summary>
    public T Area<T>(string conversationId, string area, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var scratch = cache.GetOrCreate(Key(conversationId), entry =>
        {
            entry.SlidingExpiration = IdleFor;
            entry.Size = 1;
            return new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        })!;
        // No closure over create on the way: every vote asks for its poll area.
        return (T)(scratch.TryGetValue(area, out var existing) ? existing : scratch.GetOrAdd(area, static (_, make) => make(), create));
    }

    /// <summary>Forgets everything remembered about the conversation.</summary>
    public void Forget(string conversationId) => cache.Remove(Key(conversationId));

    private static (string, string) Key(string conversationId) => ("conversation", conversationId);
}
