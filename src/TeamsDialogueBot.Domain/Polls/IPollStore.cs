namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// Reads polls and takes votes. The store itself enforces one answer per (conversation, poll, voter key) and that
/// a closed poll takes no more answers, so neither rule depends on every caller getting it right. Launches and
/// transitions are saved through <see cref="Changes.IChangeCommitter"/>, guarded by the poll's version.
/// </summary>
public interface IPollStore
{
    /// <summary>The id the next poll launched in this conversation gets: p1, p2, …</summary>
    Task<PollId> NextIdAsync(string conversationId, CancellationToken cancellationToken);

    Task<Poll?> FindAsync(string conversationId, PollId id, CancellationToken cancellationToken);

    /// <summary>Every poll of the conversation, oldest first.</summary>
    Task<IReadOnlyList<Poll>> ListAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The vote path: records <paramref name="activityId"/> as processed and upserts the answer in one atomic write,
    /// so a duplicate delivery of the same activity changes nothing (even one arriving while the first is still in
    /// flight) and needs no read of its own before the turn. An activity without an id is upserted unclaimed.
    /// </summary>
    Task<AnswerWrite> UpsertAnswerAsync(string conversationId, Answer answer, string? activityId, CancellationToken cancellationToken);

    /// <summary>One voter's stored answer, or null.</summary>
    Task<Answer?> FindAnswerAsync(string conversationId, PollId id, VoterKey voter, CancellationToken cancellationToken);

    /// <summary>
    /// Open polls of every conversation, most recently changed first, at most <paramref name="limit"/>: their shared
    /// cards are refreshed when the bot starts, because the refresh a vote schedules lives in memory until it is due.
    /// </summary>
    Task<IReadOnlyList<OpenPoll>> OpenPollsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The answers grouped by content, counted in the database: what a tally needs, read in a few rows.</summary>
    Task<IReadOnlyList<AnswerGroup>> AnswerGroupsAsync(string conversationId, PollId id, CancellationToken cancellationToken);

    /// <summary>
    /// The secret that keys anonymous voters: the one stored first wins, so every instance and every
    /// restart uses the same one and a voter's answer stays changeable.
    /// </summary>
    Task<byte[]> GetOrCreateSecretAsync(string name, byte[] candidate, CancellationToken cancellationToken);
}
