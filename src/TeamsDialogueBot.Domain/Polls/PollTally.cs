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

        var groups = latest.Values
            .GroupBy(a => (Choices: string.Join('\u001f', a.Choices), a.Rating, a.Text))
            .Select(g => new AnswerGroup(g.First().Choices, g.Key.Rating, g.Key.Text, g.Count(), g.Min(a => a.AnsweredAt)))
            .ToList();
        return FromGroups(poll, groups);
    }

    /// <summary>The tally from answers already grouped by content (one answer per voter, as the store keeps them).</summary>
    public static TallyView FromGroups(Poll poll, IReadOnlyList<AnswerGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(groups);
        var respondents = groups.Sum(g => g.Count);
        if (!poll.ShowsResults)
        {
            return new TallyView(poll.Id, poll.Kind, respondents, results: null);
        }

        var results = poll.Kind switch
        {
            PollKind.SingleChoice or PollKind.MultipleChoice => new PollResults { Options = CountOptions(poll, groups, respondents) },
            PollKind.Rating => new PollResults { Rating = SummariseRatings(poll.Scale ?? new RatingScale(), groups, respondents) },
            PollKind.OpenText => new PollResults { Texts = GroupTexts(groups) },
            PollKind.Ranking => new PollResults { Ranking = Borda(poll, groups) },
            _ => throw new ArgumentOutOfRangeException(nameof(poll), poll.Kind, "Unknown poll kind."),
        };
        return new TallyView(poll.Id, poll.Kind, respondents, results);
    }

    private static double Percent(int count, int respondents) => respondents == 0 ? 0 : 100.0 * count / respondents;

    private static List<OptionCount> CountOptions(Poll poll, IReadOnlyList<AnswerGroup> groups, int respondents) =>
        poll.Options
            .Select(o =>
            {
                var count = groups.Where(g => g.Choices.Contains(o.Key, StringComparer.Ordinal)).Sum(g => g.Count);
                return new OptionCount(o.Key, o.Label, count, Percent(count, respondents));
            })
            .ToList();

    private static RatingSummary SummariseRatings(RatingScale scale, IReadOnlyList<AnswerGroup> groups, int respondents)
    {
        var rated = groups.Where(g => g.Rating is { } r && scale.Contains(r)).ToList();
        var distribution = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1)
            .Select(v =>
            {
                var count = rated.Where(g => g.Rating == v).Sum(g => g.Count);
                return new RatingCount(v, count, Percent(count, respondents));
            })
            .ToList();
        var ratings = rated.Sum(g => g.Count);
        return new RatingSummary(scale, distribution, ratings == 0 ? null : (double)rated.Sum(g => (long)g.Rating!.Value * g.Count) / ratings);
    }

    // Most frequent first; among equals, the one first given first (then by text, so ties never depend on order).
    private static List<TextGroup> GroupTexts(IReadOnlyList<AnswerGroup> groups) =>
        groups
            .Select(g => (Text: g.Text?.Trim(), g.Count, g.FirstAnsweredAt))
            .Where(g => !string.IsNullOrEmpty(g.Text))
            .GroupBy(g => g.Text!, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Count: g.Sum(t => t.Count), First: g.Min(t => t.FirstAnsweredAt)))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.First)
            .ThenBy(g => g.Text, StringComparer.Ordinal)
            .Select(g => new TextGroup(g.Text, g.Count))
            .ToList();

    // Borda count: with n options a voter's first choice earns n−1 points, the last 0;
    // an option the voter left unranked earns 0, the same as last place.
    private static List<RankingPlace> Borda(Poll poll, IReadOnlyList<AnswerGroup> groups)
    {
        var n = poll.Options.Count;
        var scored = poll.Options
            .Select((o, index) =>
            {
                var points = 0;
                var firsts = 0;
                foreach (var group in groups)
                {
                    var position = IndexOf(group.Choices, o.Key);
                    if (position >= 0)
                    {
                        points += (n - 1 - position) * group.Count;
                        firsts += position == 0 ? group.Count : 0;
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
