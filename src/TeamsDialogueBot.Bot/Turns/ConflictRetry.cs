namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// How a batch that another instance beat to the conversation tries again. Every conflict means another instance
/// stored its turns, so the conversation as a whole moves on; the loser waits a little longer each time, at random so
/// that the losers do not meet again, and gives up (a 500, which Teams delivers again) only once <see cref="Budget"/>
/// has passed.
/// </summary>
/// <remarks>
/// A fixed eight quick attempts (1–40 ms apart) ran out in the three-instance floor rush: 19–24 of 150 `q+` were
/// refused with a 500 in 3 runs of 4 (issue 17; bench/README, "Seventh pass").
/// </remarks>
internal static class ConflictRetry
{
    /// <summary>How long a batch keeps trying: far below the 15 s Teams waits for an answer.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private const int FirstCeilingMilliseconds = 5;
    private const int CeilingMilliseconds = 100;

    /// <summary>The wait after the <paramref name="attempt"/>-th conflict: 1 ms up to a ceiling that doubles from 5 ms to 100 ms.</summary>
    public static TimeSpan Delay(int attempt, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentNullException.ThrowIfNull(random);
        var ceiling = Math.Min(CeilingMilliseconds, FirstCeilingMilliseconds << Math.Min(attempt - 1, 5));
        return TimeSpan.FromMilliseconds(random.Next(1, ceiling + 1));
    }
}
