using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Bot.Tests.Polls.PollFixtures;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class PollTallyTests
{
    [Fact]
    public void Single_choice_counts_and_percentages_of_respondents()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" \"C\"");
        Answer[] answers =
        [
            Vote(poll, "v1", 1, ("choice", "a")),
            Vote(poll, "v2", 2, ("choice", "b")),
            Vote(poll, "v3", 3, ("choice", "a")),
            Vote(poll, "v4", 4, ("choice", "a")),
        ];

        var view = PollTally.Compute(poll, answers);

        Assert.False(view.IsHidden);
        Assert.Equal(4, view.Respondents);
        Assert.Equal([("a", 3, 75.0), ("b", 1, 25.0), ("c", 0, 0.0)], view.Results.Options.Select(o => (o.Key, o.Count, o.Percentage)));
    }

    [Fact]
    public void Multiple_choice_percentages_can_add_up_past_100()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" multi");
        Answer[] answers = [Vote(poll, "v1", 1, ("choice", "a,b")), Vote(poll, "v2", 2, ("choice", "b"))];

        var options = PollTally.Compute(poll, answers).Results!.Options;

        Assert.Equal([50.0, 100.0], options.Select(o => o.Percentage));
    }

    [Fact]
    public void Changed_answer_replaces_the_earlier_one_whatever_the_order()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"");
        var early = Vote(poll, "v1", 1, ("choice", "a"));
        var late = Vote(poll, "v1", 5, ("choice", "b"));

        var view = PollTally.Compute(poll, [late, early]);

        Assert.Equal(1, view.Respondents);
        Assert.Equal([0, 1], view.Results!.Options.Select(o => o.Count));
    }

    [Fact]
    public void Rating_has_a_full_distribution_and_average()
    {
        var poll = Launch("\"How useful?\" rating \"Not at all\" \"Very\"");
        Answer[] answers = [Vote(poll, "v1", 1, ("rating", "5")), Vote(poll, "v2", 2, ("rating", "4")), Vote(poll, "v3", 3, ("rating", "4"))];

        var rating = PollTally.Compute(poll, answers).Results!.Rating!;

        Assert.Equal([0, 0, 0, 2, 1], rating.Distribution.Select(d => d.Count));
        Assert.Equal([1, 2, 3, 4, 5], rating.Distribution.Select(d => d.Value));
        Assert.Equal(13.0 / 3, rating.Average!.Value, 10);
        Assert.Equal("Very", rating.Scale.HighLabel);
    }

    [Fact]
    public void Rating_without_answers_has_no_average()
    {
        var poll = Launch("\"How useful?\" rating");

        var view = PollTally.Compute(poll, []);

        Assert.Equal(0, view.Respondents);
        Assert.Null(view.Results!.Rating!.Average);
        Assert.All(view.Results.Rating.Distribution, d => Assert.Equal(0.0, d.Percentage));
    }

    [Fact]
    public void Ranking_uses_borda_and_ties_share_a_place()
    {
        var poll = Launch("\"Order\" \"A\" \"B\" \"C\" \"D\" ranking");
        Answer[] answers =
        [
            // 4 options: 3, 2, 1, 0 points by place; unranked options get 0.
            Vote(poll, "v1", 1, ("rank1", "b"), ("rank2", "c"), ("rank3", "d"), ("rank4", "a")),
            Vote(poll, "v2", 2, ("rank1", "c"), ("rank2", "d"), ("rank3", "b")),
            Vote(poll, "v3", 3, ("rank1", "a")),
        ];

        var ranking = PollTally.Compute(poll, answers).Results!.Ranking;

        // a: 0+0+3 = 3; b: 3+1 = 4; c: 2+3 = 5; d: 1+2 = 3.
        Assert.Equal(
            [(1, "c", 5, 1), (2, "b", 4, 1), (3, "a", 3, 1), (3, "d", 3, 0)],
            ranking.Select(r => (r.Place, r.Key, r.Points, r.FirstPlaces)));
    }

    [Fact]
    public void Ranking_with_a_tie_at_the_top_skips_the_next_place()
    {
        var poll = Launch("\"Order\" \"A\" \"B\" \"C\" ranking");
        Answer[] answers =
        [
            Vote(poll, "v1", 1, ("rank1", "a"), ("rank2", "b"), ("rank3", "c")),
            Vote(poll, "v2", 2, ("rank1", "b"), ("rank2", "a"), ("rank3", "c")),
        ];

        var ranking = PollTally.Compute(poll, answers).Results!.Ranking;

        Assert.Equal([(1, "a"), (1, "b"), (3, "c")], ranking.Select(r => (r.Place, r.Key)));
    }

    [Fact]
    public void Open_text_merges_exact_duplicates_most_frequent_first_then_first_seen()
    {
        var poll = Launch("\"Ideas?\"");
        Answer[] answers =
        [
            Vote(poll, "v4", 4, ("text", "Youth seats")),
            Vote(poll, "v1", 1, ("text", "More time")),
            Vote(poll, "v2", 2, ("text", "Youth seats ")),
            Vote(poll, "v3", 3, ("text", "more time")),
            Vote(poll, "v5", 5, ("text", "Interpretation")),
        ];

        var texts = PollTally.Compute(poll, answers).Results!.Texts;

        Assert.Equal(
            [("Youth seats", 2), ("More time", 1), ("more time", 1), ("Interpretation", 1)],
            texts.Select(t => (t.Text, t.Count)));
    }

    [Fact]
    public void Hidden_poll_shows_only_the_respondent_count_until_revealed()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\" hidden");
        Answer[] answers = [Vote(poll, "v1", 1, ("choice", "a")), Vote(poll, "v2", 2, ("choice", "a"))];

        var hidden = PollTally.Compute(poll, answers);
        poll.Close(Now.AddMinutes(3), "chair-1");
        var closed = PollTally.Compute(poll, answers);
        poll.Reveal(Now.AddMinutes(4), "chair-1");
        var revealed = PollTally.Compute(poll, answers);

        Assert.True(hidden.IsHidden);
        Assert.Null(hidden.Results);
        Assert.Equal(2, hidden.Respondents);
        Assert.True(closed.IsHidden);
        Assert.False(revealed.IsHidden);
        Assert.Equal(2, revealed.Results.Options[0].Count);
    }

    [Fact]
    public void Answer_of_another_poll_is_a_caller_error()
    {
        var poll = Launch("\"Q?\" \"A\" \"B\"", 1);
        var other = Launch("\"Q?\" \"A\" \"B\"", 2);

        Assert.Throws<ArgumentException>(() => PollTally.Compute(poll, [Vote(other, "v1", 1, ("choice", "a"))]));
    }
}
