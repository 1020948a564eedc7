using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// Equal-footing figures for the report: by channel and by group as <see cref="FloorFigures"/> computes them for the
/// speakers' list card (so the card and the report agree), plus first-time speakers, and the session's figures merged
/// from its parts.
/// </summary>
public static class ReportFigures
{
    /// <summary>The figures of one list; <paramref name="firstTime"/> holds the numbers of its entries by first-time speakers.</summary>
    public static EqualFootingFigures Of(SpeakersList list, IReadOnlySet<int> firstTime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(firstTime);
        var floor = FloorFigures.Compute(list, now);
        FigureRow Channel(SpeakerChannel channel) => From(floor.ByChannel.Single(r => r.Key == channel.ToString()));
        return new EqualFootingFigures
        {
            Room = Channel(SpeakerChannel.Room),
            Remote = Channel(SpeakerChannel.Remote),
            ByGroup = [.. floor.ByGroup.Select(r => new GroupFigureRow(r.Key, From(r)))],
            FirstTimeSpeakers = Row(list.Entries.Where(e => firstTime.Contains(e.Number)), now),
            Total = From(floor.Total),
        };
    }

    /// <summary>
    /// The entries (by list position and entry number) whose speaker had not had the floor anywhere in the dialogue
    /// before: before their own floor, or before their request when they never got it.
    /// </summary>
    public static IReadOnlySet<(AgendaPosition List, int Number)> FirstTimeEntries(IEnumerable<SpeakersList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var entries = lists.SelectMany(l => l.Entries.Select(e => (List: l.Position, Entry: e))).ToList();
        var firstFloor = entries
            .Where(x => x.Entry.StartedAt is not null)
            .GroupBy(x => x.Entry.Speaker.Id)
            .ToDictionary(g => g.Key, g => g.Min(x => x.Entry.StartedAt!.Value));
        return entries
            .Where(x => !firstFloor.TryGetValue(x.Entry.Speaker.Id, out var first) || first >= (x.Entry.StartedAt ?? x.Entry.RequestedAt))
            .Select(x => (x.List, x.Entry.Number))
            .ToHashSet();
    }

    /// <summary>
    /// The figures of several parts together: counts and times add up, the average wait is weighted by interventions
    /// (exact, as each part's is its total over its count), groups in <paramref name="groupOrder"/> then the others.
    /// </summary>
    public static EqualFootingFigures Merge(IReadOnlyCollection<EqualFootingFigures> parts, IReadOnlyList<string> groupOrder, OnlineAttendance? online)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(groupOrder);
        var groups = parts.SelectMany(p => p.ByGroup).GroupBy(g => g.Group, StringComparer.Ordinal).ToList();
        var order = groupOrder.ToList();
        return new EqualFootingFigures
        {
            Room = Merge(parts.Select(p => p.Room)),
            Remote = Merge(parts.Select(p => p.Remote)),
            ByGroup = [.. groups
                .OrderBy(g => order.IndexOf(g.Key) is var i && i >= 0 ? i : int.MaxValue)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupFigureRow(g.Key, Merge(g.Select(r => r.Figures))))],
            FirstTimeSpeakers = Merge(parts.Select(p => p.FirstTimeSpeakers)),
            Total = Merge(parts.Select(p => p.Total)),
            Online = online,
            PhoneRequests = parts.Sum(p => p.PhoneRequests),
        };
    }

    public static FigureRow Merge(IEnumerable<FigureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var all = rows.ToList();
        var interventions = all.Sum(r => r.Interventions);
        var waited = all.Aggregate(TimeSpan.Zero, (sum, r) => sum + (r.AverageWait * r.Interventions));
        return new FigureRow(
            all.Sum(r => r.Requests),
            interventions,
            all.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.SpeakingTime),
            interventions == 0 ? TimeSpan.Zero : waited / interventions);
    }

    // FloorFigures' rules on any set of entries: every entry is a request, an intervention runs from its floor to its
    // end (or now), the wait is from request to floor over those who got it.
    private static FigureRow Row(IEnumerable<SpeakerEntry> entries, DateTimeOffset now)
    {
        var all = entries.ToList();
        var spoken = all.Where(e => e.StartedAt is not null).ToList();
        var speaking = spoken.Aggregate(TimeSpan.Zero, (sum, e) => sum + ((e.EndedAt ?? now) - e.StartedAt!.Value));
        var waited = spoken.Aggregate(TimeSpan.Zero, (sum, e) => sum + (e.StartedAt!.Value - e.RequestedAt));
        return new FigureRow(all.Count, spoken.Count, speaking, spoken.Count == 0 ? TimeSpan.Zero : waited / spoken.Count);
    }

    private static FigureRow From(FloorFigureRow row) => new(row.Requests, row.Interventions, row.TotalSpeaking, row.AverageWait);
}
