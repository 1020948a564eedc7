namespace TeamsDialogueBot.Domain.Polls;

/// <summary>Counts a poll from its stored answers. Pure and deterministic: the order answers arrive in never matters.</summary>
public static class PollTally
{
    /// <summary>
    /// Callers should pass the stored answers, one per voter. Should a voter appear more than once
    /// (e.g. a change not yet folded into its row), the latest <see cref="Answer.AnsweredAt"/> counts,
    /// so a changed answer always replaces the earlier one.
    /// </summary>
    public static TallyView Compute(Poll poll, IEnumerable<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(answers);

        var latest = new Dictionary<VoterKey, Answer>();
        foreach (var answer in answers)
        {
            if (answer.PollId != poll.Id)
            {
                throw new ArgumentException($"An answer for poll {answer.PollId} was passed to the tally of poll {poll.Id}.", nameof(answers));
            }

            if (!latest.TryGetValue(answer.Voter, out var seen) || answer.AnsweredAt >= seen.AnsweredAt)
            {
                latest[answer.Voter] = answer;
            }
        }

        var counted = latest.Values
            .OrderBy(a => a.AnsweredAt)
            .ThenBy(a => a.Voter.Value, StringComparer.Ordinal)
            .ToList();

        if (!poll.ShowsResults)
        {
            return new TallyView(poll.Id, poll.Kind, counted.Count, results: null);
        }

        var results = poll.Kind switch
        {
            PollKind.SingleChoice or PollKind.MultipleChoice => new PollResults { Options = CountOptions(poll, counted) },
            PollKind.Rating => new PollResults { Rating = SummariseRatings(poll.Scale ?? new RatingScale(), counted) },
            PollKind.OpenText => new PollResults { Texts = GroupTexts(counted) },
            PollKind.Ranking => new PollResults { Ranking = Borda(poll, counted) },
            _ => throw new ArgumentOutOfRangeException(nameof(poll), poll.Kind, "Unknown poll kind."),
        };
        return new TallyView(poll.Id, poll.Kind, counted.Count, results);
    }

    private static double Percent(int count, int respondents) => respondents == 0 ? 0 : 100.0 * count / respondents;

    private static List<OptionCount> CountOptions(Poll poll, List<Answer> answers) =>
        poll.Options
            .Select(o =>
            {
                var count = answers.Count(a => a.Choices.Contains(o.Key, StringComparer.Ordinal));
                return new OptionCount(o.Key, o.Label, count, Percent(count, answers.Count));
            })
            .ToList();

    private static RatingSummary SummariseRatings(RatingScale scale, List<Answer> answers)
    {
        var ratings = answers.Where(a => a.Rating is { } r && scale.Contains(r)).Select(a => a.Rating!.Value).ToList();
        var distribution = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1)
            .Select(v =>
            {
                var count = ratings.Count(r => r == v);
                return new RatingCount(v, count, Percent(count, answers.Count));
            })
            .ToList();
        return new RatingSummary(scale, distribution, ratings.Count == 0 ? null : ratings.Average());
    }

    private static List<TextGroup> GroupTexts(List<Answer> answers) =>
        answers
            .Select(a => a.Text?.Trim())
            .Where(t => !string.IsNullOrEmpty(t))
            .Select((text, order) => (Text: text!, Order: order))
            .GroupBy(t => t.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(t => t.Order))
            .Select(g => new TextGroup(g.Key, g.Count()))
            .ToList();

    // Borda count: with n options a voter's first choice earns n−1 points, the last 0;
    // an option the voter left unranked earns 0, the same as last place.
    private static List<RankingPlace> Borda(Poll poll, List<Answer> answers)
    {
        var n = poll.Options.Count;
        var scored = poll.Options
            .Select((o, index) =>
            {
                var points = 0;
                var firsts = 0;
                foreach (var answer in answers)
                {
                    var position = IndexOf(answer.Choices, o.Key);
                    if (position >= 0)
                    {
                        points += n - 1 - position;
                        firsts += position == 0 ? 1 : 0;
                    }
                }

                return (Option: o, Index: index, Points: points, Firsts: firsts);
            })
            .OrderByDescending(s => s.Points)
            .ThenBy(s => s.Index)
            .ToList();

        return scored
            .Select(s => new RankingPlace(1 + scored.Count(other => other.Points > s.Points), s.Option.Key, s.Option.Label, s.Points, s.Firsts))
            .ToList();
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
