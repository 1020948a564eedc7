using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Tests.Turns;

/// <summary>A batch beaten by another instance waits longer after each conflict, at random, within a ceiling.</summary>
public sealed class ConflictRetryTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 80)]
    [InlineData(6, 100)]
    [InlineData(40, 100)]
    public void Each_wait_is_between_1_ms_and_a_ceiling_that_doubles_up_to_100_ms(int attempt, int ceiling)
    {
        var random = new Random(17);
        var waits = Enumerable.Range(0, 2_000).Select(_ => ConflictRetry.Delay(attempt, random).TotalMilliseconds).ToList();

        Assert.Equal(1, waits.Min());
        Assert.Equal(ceiling, waits.Max());
    }

    [Fact]
    public void The_budget_leaves_Teams_time_to_get_an_answer()
    {
        // Teams gives a bot 15 s to answer; a batch that gives up must still answer well within that.
        Assert.InRange(ConflictRetry.Budget, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void There_is_no_zeroth_attempt() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConflictRetry.Delay(0, new Random(1)));
}
