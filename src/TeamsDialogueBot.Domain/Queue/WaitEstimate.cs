namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Rough time until each queued entry gets the floor, for "you are next in about 4:30".</summary>
public static class WaitEstimate
{
    /// <summary>
    /// One value per entry of <paramref name="queue"/>: the k-th waiting entry waits k − 1 full speaking times
    /// plus what is left of the current speaker's time. Entries on hold get null: `ack` passes them over.
    /// </summary>
    public static IReadOnlyList<TimeSpan?> Compute(
        IReadOnlyList<OrderedEntry> queue, TimeSpan speakingTime, SpeakerEntry? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var remaining = TimeSpan.Zero;
        if (current?.StartedAt is { } started)
        {
            var left = speakingTime - (now - started);
            remaining = left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        var result = new List<TimeSpan?>(queue.Count);
        var ahead = 0;
        foreach (var ordered in queue)
        {
            if (ordered.Entry.State != EntryState.Waiting)
            {
                result.Add(null);
                continue;
            }

            result.Add(remaining + (speakingTime * ahead));
            ahead++;
        }

        return result;
    }
}
