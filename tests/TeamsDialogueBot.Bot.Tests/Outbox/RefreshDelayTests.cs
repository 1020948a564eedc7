using TeamsDialogueBot.Bot.Outbox;

namespace TeamsDialogueBot.Bot.Tests.Outbox;

/// <summary>Card refreshes of meetings voting on the same cue leave at different instants, each within its interval and a half.</summary>
public sealed class RefreshDelayTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private static string Chat(int n) => $"19:meeting_{n:D3}@thread.v2";

    [Fact]
    public void A_hundred_chats_refreshing_together_are_spread_over_half_an_interval()
    {
        var delays = Enumerable.Range(0, 100).Select(n => OutboxDispatcher.RefreshDelay(Chat(n), Interval)).ToList();

        Assert.All(delays, d => Assert.InRange(d, Interval, Interval * 1.5));
        // Spread, not bunched: the hundred fall into most of fifteen 10 ms slots, the earliest and latest far apart.
        Assert.True(delays.Select(d => (int)((d - Interval).TotalMilliseconds / 10)).Distinct().Count() >= 12);
        Assert.True(delays.Max() - delays.Min() > Interval * 0.4);
    }

    [Fact]
    public void A_chat_always_waits_the_same_so_its_card_changes_at_most_once_per_interval()
    {
        Assert.Equal(OutboxDispatcher.RefreshDelay(Chat(7), Interval), OutboxDispatcher.RefreshDelay(Chat(7), Interval));
        Assert.Equal(TimeSpan.Zero, OutboxDispatcher.RefreshDelay(Chat(7), TimeSpan.Zero));
    }
}
