using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// What the vote path remembers between votes: each poll as last read (so a vote needs no read of its own) and the
/// tally last shown on its shared card (for the voter's own view). Bounded and expiring; a stale poll here is caught
/// by the store, which refuses votes on a closed poll whatever this says.
/// </summary>
public sealed class PollTallies(IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromHours(1), Size = 1 };

    public Poll? Cached(string conversationId, PollId id) => cache.Get<Poll>(("poll", conversationId, id));

    public void Remember(string conversationId, Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        cache.Set(("poll", conversationId, poll.Id), poll, Keep);
    }

    /// <summary>The latest tally rendered for the poll's shared card; null before the first render.</summary>
    public TallyView? LastTally(string conversationId, PollId id) => cache.Get<TallyView>(("tally", conversationId, id));

    public void RememberTally(string conversationId, PollId id, TallyView tally) => cache.Set(("tally", conversationId, id), tally, Keep);

    /// <summary>Forgets a conversation's polls (retention purged it).</summary>
    public void Forget(string conversationId, IEnumerable<PollId> polls)
    {
        ArgumentNullException.ThrowIfNull(polls);
        foreach (var id in polls)
        {
            cache.Remove(("poll", conversationId, id));
            cache.Remove(("tally", conversationId, id));
        }
    }
}
