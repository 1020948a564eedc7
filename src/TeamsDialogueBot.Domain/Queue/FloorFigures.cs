using System.Globalization;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Who got the floor and for how long, by channel and by stakeholder group, on one item.</summary>
public sealed record FloorFigures(IReadOnlyList<FloorFigureRow> ByChannel, IReadOnlyList<FloorFigureRow> ByGroup, FloorFigureRow Total)
{
    /// <summary>
    /// Every entry counts as a request, whatever became of it. An intervention runs from the `ack` that gave
    /// the floor to the `ack` that ended it; the running one counts up to <paramref name="now"/>.
    /// Wait is from request to floor, over those who got it.
    /// </summary>
    public static FloorFigures Compute(SpeakersList list, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(list);
        var entries = list.Entries;
        var totalRequests = entries.Count;
        var totalSpeaking = entries.Aggregate(TimeSpan.Zero, (sum, e) => sum + Speaking(e, now));

        FloorFigureRow Row(string key, IEnumerable<SpeakerEntry> selected)
        {
            var rows = selected.ToList();
            var spoken = rows.Where(e => e.StartedAt is not null).ToList();
            var speaking = spoken.Aggregate(TimeSpan.Zero, (sum, e) => sum + Speaking(e, now));
            var waited = spoken.Aggregate(TimeSpan.Zero, (sum, e) => sum + (e.StartedAt!.Value - e.RequestedAt));
            return new FloorFigureRow(
                key,
                rows.Count,
                spoken.Count,
                speaking,
                spoken.Count == 0 ? TimeSpan.Zero : speaking / spoken.Count,
                spoken.Count == 0 ? TimeSpan.Zero : waited / spoken.Count,
                totalSpeaking > TimeSpan.Zero ? speaking / totalSpeaking : 0,
                totalRequests > 0 ? (double)rows.Count / totalRequests : 0);
        }

        var byChannel = Enum.GetValues<SpeakerChannel>()
            .Select(c => Row(c.ToString(), entries.Where(e => e.Speaker.Channel == c)))
            .ToList();

        // Each entry's group once, not once per group: the card computes these on every render of a growing list.
        var groupOf = entries.Select(e => StakeholderGroups.TryNormalise(e.Speaker.Group, list.Groups, out var g) ? g : e.Speaker.Group).ToArray();
        var present = groupOf.ToHashSet(StringComparer.Ordinal);
        var groupOrder = list.Groups.Where(present.Contains)
            .Concat(present.Where(g => !list.Groups.Contains(g, StringComparer.Ordinal)).Order(StringComparer.Ordinal));
        var byGroup = groupOrder.Select(g => Row(g, entries.Where((_, i) => groupOf[i] == g))).ToList();

        return new FloorFigures(byChannel, byGroup, Row("Total", entries));
    }

    /// <summary>Card footer line, e.g. "Room 3 · 7:40 | Remote 4 · 9:05 | avg wait 2:10 / 2:45".</summary>
    public string Summary()
    {
        var parts = ByChannel.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Interventions} · {ClockText.Format(r.TotalSpeaking)}"));
        var waits = string.Join(" / ", ByChannel.Select(r => r.Interventions == 0 ? "–" : ClockText.Format(r.AverageWait)));
        return $"{string.Join(" | ", parts)} | avg wait {waits}";
    }

    private static TimeSpan Speaking(SpeakerEntry entry, DateTimeOffset now) =>
        entry.StartedAt is { } started ? (entry.EndedAt ?? now) - started : TimeSpan.Zero;
}
