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

    // IMemoryCache.GetOrCreate is not atomic: two first calls at once each make a scratch dictionary and the second
    // replaces the first, losing what was stored in it (a display watcher's last pushed link, so a page left open on a
    // rotated link was never told). Creation is serialised per stripe; reading an existing entry takes no lock.
    private readonly object[] _creating = [.. Enumerable.Range(0, 16).Select(_ => new object())];

    /// <summary>The named scratch area of a conversation, created on first use.</summary>
    public T Area<T>(string conversationId, string area, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var scratch = Scratch(conversationId);
        // No closure over create on the way: every vote asks for its poll area.
        return (T)(scratch.TryGetValue(area, out var existing) ? existing : scratch.GetOrAdd(area, static (_, make) => make(), create));
    }

    /// <summary>Forgets everything remembered about the conversation.</summary>
    public void Forget(string conversationId) => cache.Remove(Key(conversationId));

    private ConcurrentDictionary<string, object> Scratch(string conversationId)
    {
        var key = Key(conversationId);
        if (cache.TryGetValue(key, out ConcurrentDictionary<string, object>? found) && found is not null)
        {
            return found;
        }

        lock (_creating[(uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_creating.Length])
        {
            return cache.GetOrCreate(key, entry =>
            {
                entry.SlidingExpiration = IdleFor;
                entry.Size = 1;
                return new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
            })!;
        }
    }

    private static (string, string) Key(string conversationId) => ("conversation", conversationId);
}
