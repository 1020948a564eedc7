using TeamsDialogueBot.Bot.Localization;
using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Routing;
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
        Of(conversationId).AddOrUpdate(poll.Id, _ => new Known(poll, null), (_, known) => new Known(poll, known.Tally));
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

    /// <summary>
    /// The voter's own view of <paramref name="mine"/>: the same as rendering it with <see cref="LastTally"/>, from the
    /// views already rendered for this poll and tally when <paramref name="poll"/> is the one remembered (see <see cref="VoterViews"/>).
    /// </summary>
    internal CardActionResult VoterView(string conversationId, Poll poll, Answer mine, Texts? texts = null)
    {
        texts ??= Texts.English;
        if (!Of(conversationId).TryGetValue(poll.Id, out var known))
        {
            return VoterViews.Render(poll, null, mine, texts);
        }

        if (!ReferenceEquals(known.Poll, poll))
        {
            return VoterViews.Render(poll, known.Tally, mine, texts);
        }

        return known.Views.For(mine, texts);
    }

    // A new Known whenever the poll or the tally changes, so its views never outlive either.
    private sealed record Known(Poll Poll, TallyView? Tally)
    {
        private VoterViews? _views;

        // A copy (`with`) starts without views: they belong to the poll and tally they were rendered from.
        private Known(Known original)
        {
            Poll = original.Poll;
            Tally = original.Tally;
        }

        // The field first: the factory closes over this record, so asking for it on every vote would allocate.
        public VoterViews Views => Volatile.Read(ref _views) ?? LazyInitializer.EnsureInitialized(ref _views, () => new VoterViews(Poll, Tally));
    }
}
