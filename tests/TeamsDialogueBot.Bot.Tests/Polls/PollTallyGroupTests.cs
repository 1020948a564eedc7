using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Bot.Tests.Polls.PollFixtures;

namespace TeamsDialogueBot.Bot.Tests.Polls;

/// <summary>Tallies from answers grouped by content (how the stores hand a large poll over) weigh each group by its count.</summary>
public sealed class PollTallyGroupTests
{
    [Fact]
    public void Choice_groups_count_each_voter_of_the_group()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\"");

        var view = PollTally.FromGroups(poll, [Group(["a"], 3000), Group(["b"], 1000), Group(["a", "c"], 1000)]);

        Assert.Equal(5000, view.Respondents);
        Assert.Equal([("a", 4000, 80.0), ("b", 1000, 20.0), ("c", 1000, 20.0)], view.Results!.Options.Select(o => (o.Key, o.Count, o.Percentage)));
    }

    [Fact]
    public void Rating_groups_weigh_the_average_and_leave_out_of_scale_values()
    {
        var poll = Launch("\"How useful?\" rating");

        var rating = PollTally.FromGroups(poll, [Group([], 3, rating: 5), Group([], 1, rating: 1), Group([], 2, rating: 9)]).Results!.Rating!;

        Assert.Equal([1, 0, 0, 0, 3], rating.Distribution.Select(d => d.Count));
        Assert.Equal(16.0 / 4, rating.Average!.Value, 10);
    }

    [Fact]
    public void Ranking_groups_score_Borda_points_times_their_count()
    {
        var poll = Launch("\"Order\" \"A\" \"B\" \"C\" ranking");

        var ranking = PollTally.FromGroups(poll, [Group(["c", "a", "b"], 2), Group(["a", "b", "c"], 3)]).Results!.Ranking!;

        // a: 2×1 + 3×2 = 8, c: 2×2 + 0 = 4, b: 0 + 3×1 = 3.
        Assert.Equal([("a", 8, 3), ("c", 4, 2), ("b", 3, 0)], ranking.Select(r => (r.Key, r.Points, r.FirstPlaces)));
    }

    [Fact]
    public void Text_groups_merge_after_trimming_and_order_by_count_then_first_given()
    {
        var poll = Launch("\"Ideas?\" text");

        var texts = PollTally.FromGroups(poll,
        [
            Group([], 1, text: "Later idea", minute: 9),
            Group([], 2, text: "Earlier idea", minute: 1),
            Group([], 2, text: "  Later idea ", minute: 5),
            Group([], 1, text: "   ", minute: 0),
        ]).Results!.Texts!;

        Assert.Equal([("Later idea", 3), ("Earlier idea", 2)], texts.Select(t => (t.Text, t.Count)));
    }

    [Fact]
    public void Grouped_and_per_voter_tallies_agree()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\" multi");
        var random = new Random(7);
        var answers = Enumerable.Range(0, 500)
            .Select(i => Vote(poll, $"v{i}", i, ("choice", string.Join(',', new[] { "a", "b", "c" }.Where(_ => random.Next(2) == 0).DefaultIfEmpty("a")))))
            .ToList();
        var groups = answers
            .GroupBy(a => string.Join(',', a.Choices))
            .Select(g => new AnswerGroup(g.First().Choices, null, null, g.Count(), g.Min(a => a.AnsweredAt)))
            .ToList();

        var perVoter = PollTally.Compute(poll, answers);
        var grouped = PollTally.FromGroups(poll, groups);

        Assert.Equal(500, grouped.Respondents);
        Assert.Equal(perVoter.Respondents, grouped.Respondents);
        Assert.Equal(perVoter.Results!.Options, grouped.Results!.Options);
    }

    private static AnswerGroup Group(IReadOnlyList<string> choices, int count, int? rating = null, string? text = null, int minute = 0) =>
        new(choices, rating, text, count, Now.AddMinutes(minute));
}
