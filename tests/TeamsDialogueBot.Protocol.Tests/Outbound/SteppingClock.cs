using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

/// <summary>
/// A FakeTimeProvider that reports each timer the code under test starts, so a test can jump straight to it
/// when the single worker blocks on it: deterministic waits without sleeping.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start { get; } = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _timers.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Advances fake time timer by timer until <paramref name="done"/> completes (one lane at a time).</summary>
    public async Task RunUntilAsync(Task done)
    {
        while (!done.IsCompleted)
        {
            var timerStarted = _timers.Reader.WaitToReadAsync().AsTask();
            await Task.WhenAny(done, timerStarted).WaitAsync(TimeSpan.FromSeconds(20));
            if (_timers.Reader.TryRead(out var due))
            {
                Fake.Advance(due);
            }
        }

        await done;
    }
}
