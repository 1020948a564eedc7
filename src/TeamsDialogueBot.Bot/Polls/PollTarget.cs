using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>Finds the poll a close/reveal/results command means when the chair names none or one.</summary>
public static class PollTarget
{
    /// <summary>
    /// Without an id: close takes the only open poll, reveal the only unrevealed hidden poll, results
    /// the latest poll. When several fit, the chair is asked to name one rather than guessed for.
    /// </summary>
    public static PollResult<Poll> Resolve(PollCommandKind verb, PollId? requested, IReadOnlyCollection<Poll> polls)
    {
        ArgumentNullException.ThrowIfNull(polls);
        if (requested is { } id)
        {
            var named = polls.FirstOrDefault(p => p.Id == id);
            return named is null ? new PollResult<Poll>(PollError.UnknownPoll(id)) : new PollResult<Poll>(named);
        }

        var ordered = polls.OrderBy(p => p.OpenedAt).ThenBy(p => p.Id.Sequence).ToList();
        switch (verb)
        {
            case PollCommandKind.Close:
                return Single(ordered.Where(p => p.IsOpen).ToList(), "close", "No poll is open.");
            case PollCommandKind.Reveal:
                return Single(ordered.Where(p => p.Hidden && !p.Revealed).ToList(), "reveal", "No hidden poll is waiting to be revealed.");
            case PollCommandKind.Results:
                return ordered.Count == 0
                    ? new PollResult<Poll>(new PollError(PollErrorCode.NoPoll, "No poll has been launched here yet."))
                    : new PollResult<Poll>(ordered[^1]);
            default:
                throw new ArgumentOutOfRangeException(nameof(verb), verb, "Only close, reveal and results name a poll.");
        }
    }

    private static PollResult<Poll> Single(List<Poll> candidates, string verb, string none) => candidates.Count switch
    {
        0 => new PollResult<Poll>(new PollError(PollErrorCode.NoPoll, none)),
        1 => new PollResult<Poll>(candidates[0]),
        _ => new PollResult<Poll>(new PollError(
            PollErrorCode.AmbiguousPoll,
            $"Several polls could be meant ({string.Join(", ", candidates.Select(p => p.Id.Value))}); say e.g. poll {verb} {candidates[^1].Id}.")
        {
            Polls = [.. candidates.Select(p => p.Id)],
        }),
    };
}
