using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// What the vote path remembers between votes: each poll as last read (so a vote needs no read of its own) and the
/// tally last shown on its shared card (for the voter's own view). Kept in the conversation's bounded, expiring cache;
/// a stale poll here is caught by the store, which refuses votes on a closed poll whatever this says.
/// </summary>
public sealed class PollTallies(ConversationCache cache)
{
    public Poll? Cached(string conversationId, PollId id) => Of(conversationId).TryGetValue(id, out var known) ? known.Poll : null;

    public void Remember(string conversationId, Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        Of(conversationId).AddOrUpdate(poll.Id, _ => new Known(poll, null), (_, known) => known with { Poll = poll });
    }

    /// <summary>The latest tally rendered for the poll's shared card; null before the first render.</summary>
    public TallyView? LastTally(string conversationId, PollId id) => Of(conversationId).TryGetValue(id, out var known) ? known.Tally : null;

    public void RememberTally(string conversationId, Poll poll, TallyView tally)
    {
        ArgumentNullException.ThrowIfNull(poll);
        Of(conversationId)[poll.Id] = new Known(poll, tally);
    }

    private ConcurrentDictionary<PollId, Known> Of(string conversationId) =>
        cache.Area(conversationId, "polls", () => new ConcurrentDictionary<PollId, Known>());

    private sealed record Known(Poll Poll, TallyView? Tally);
}
