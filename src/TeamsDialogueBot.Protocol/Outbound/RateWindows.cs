namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// Sliding windows over the times of past operations: how long the next one must wait so that no
/// window ever holds more than its count. An operation at t counts in a window of span s while now - t &lt; s.
/// Not thread-safe: one lane owns one instance.
/// </summary>
public sealed class RateWindows
{
    private readonly RateWindow[] _windows;
    private readonly int _keep;
    private readonly TimeSpan _longest;
    private readonly List<DateTimeOffset> _times = [];

    public RateWindows(IEnumerable<RateWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        _windows = [.. windows];
        foreach (var window in _windows)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(window.Count, 1, nameof(windows));
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window.Span, TimeSpan.Zero, nameof(windows));
        }

        _keep = _windows.Length == 0 ? 0 : _windows.Max(w => w.Count);
        _longest = _windows.Length == 0 ? TimeSpan.Zero : _windows.Max(w => w.Span);
    }

    /// <summary>Operations still remembered (at most the largest window count).</summary>
    public int Remembered => _times.Count;

    /// <summary>Zero when an operation may go at <paramref name="now"/>; otherwise the wait until it may.</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in _windows)
        {
            if (_times.Count < window.Count)
            {
                continue;
            }

            // The window is full while the Count-th most recent operation is still inside it.
            var leaves = _times[^window.Count] + window.Span - now;
            if (leaves > wait)
            {
                wait = leaves;
            }
        }

        return wait;
    }

    public void Record(DateTimeOffset at)
    {
        _times.Add(at);
        var stale = 0;
        while (stale < _times.Count && (_times.Count - stale > _keep || at - _times[stale] >= _longest))
        {
            stale++;
        }

        _times.RemoveRange(0, stale);
    }

    /// <summary>True when no remembered operation can still hold back a future one.</summary>
    public bool IsExpired(DateTimeOffset now) => _times.Count == 0 || now - _times[^1] >= _longest;
}
