using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

public sealed class RateWindowsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static RateWindows Teams() => new(OutboundLaneOptions.TeamsWindows);

    private static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);

    [Fact]
    public void Empty_history_lets_an_operation_go_at_once()
    {
        Assert.Equal(TimeSpan.Zero, Teams().DelayBeforeNext(T0));
    }

    [Fact]
    public void Eighth_operation_in_a_second_waits_until_the_first_leaves_the_window()
    {
        var windows = Teams();
        for (var i = 0; i < 7; i++)
        {
            windows.Record(T0);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), windows.DelayBeforeNext(T0));
        Assert.Equal(TimeSpan.FromMilliseconds(600), windows.DelayBeforeNext(At(0.4)));
        Assert.Equal(TimeSpan.Zero, windows.DelayBeforeNext(At(1)));
    }

    [Fact]
    public void Ninth_operation_waits_for_the_two_second_window()
    {
        var windows = Teams();
        for (var i = 0; i < 7; i++)
        {
            windows.Record(T0);
        }

        windows.Record(At(1));

        Assert.Equal(TimeSpan.FromSeconds(1), windows.DelayBeforeNext(At(1)));
        Assert.Equal(TimeSpan.Zero, windows.DelayBeforeNext(At(2)));
    }

    [Fact]
    public void Sixty_first_operation_waits_for_the_thirty_second_window()
    {
        var windows = Teams();
        for (var i = 0; i < 60; i++)
        {
            windows.Record(At(i * 0.25));
        }

        // The 60th most recent operation (at 0 s) leaves the 30 s window at 30 s; the shorter windows are long clear.
        Assert.Equal(TimeSpan.FromSeconds(15.25), windows.DelayBeforeNext(At(14.75)));
        Assert.Equal(TimeSpan.Zero, windows.DelayBeforeNext(At(30)));
    }

    [Fact]
    public void Longest_window_decides_when_several_are_full()
    {
        var windows = new RateWindows([new RateWindow(2, TimeSpan.FromSeconds(1)), new RateWindow(3, TimeSpan.FromSeconds(10))]);
        windows.Record(At(0));
        windows.Record(At(5));
        windows.Record(At(5.5));

        Assert.Equal(TimeSpan.FromSeconds(4), windows.DelayBeforeNext(At(6)));
    }

    [Fact]
    public void History_is_bounded_by_the_largest_window_count()
    {
        var windows = Teams();
        for (var i = 0; i < 5000; i++)
        {
            windows.Record(At(i));
        }

        Assert.Equal(1800, windows.Remembered);
    }

    [Fact]
    public void History_expires_after_the_longest_window()
    {
        var windows = Teams();
        windows.Record(T0);

        Assert.False(windows.IsExpired(T0.AddMinutes(59)));
        Assert.True(windows.IsExpired(T0.AddHours(1)));
    }

    [Fact]
    public void Windows_must_allow_at_least_one_operation_in_a_positive_span()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateWindows([new RateWindow(0, TimeSpan.FromSeconds(1))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateWindows([new RateWindow(1, TimeSpan.Zero)]));
    }
}
