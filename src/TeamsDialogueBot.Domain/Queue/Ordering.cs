namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// The ordering policies as pure functions: the queued (waiting and on-hold) entries in call order,
/// each with its reason as data (the English sentence is made from it when read: `q+` orders the whole list to learn
/// one position, and must not format a sentence per entry for it). Entries the chair moved keep their pinned
/// position on top of the policy.
/// </summary>
public static class Ordering
{

    /// <param name="entries">All entries of the item: the history (who spoke, in which turn) decides alternation and rotation.</param>
    /// <param name="groupRotation">Stakeholder groups in rotation order for <see cref="OrderingPolicy.Groups"/>.</param>
    public static IReadOnlyList<OrderedEntry> Order(OrderingPolicy policy, IReadOnlyList<SpeakerEntry> entries, IReadOnlyList<string> groupRotation)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(groupRotation);

        var queued = entries.Where(e => e.IsQueued).ToList();
        var pinned = queued.Where(e => e.PinnedPosition is not null)
            .OrderBy(e => e.PinnedPosition).ThenBy(e => e.Number).ToList();
        var free = queued.Where(e => e.PinnedPosition is null).OrderBy(e => e.RequestedAt).ThenBy(e => e.Number).ToList();
        var lastSpeaker = entries.Where(e => e.Turn is not null).MaxBy(e => e.Turn);

        var byPolicy = policy switch
        {
            OrderingPolicy.Fifo => free.ConvertAll(e => (e, new OrderReason(OrderReasonKind.RequestedAt, e.RequestedAt))),
            OrderingPolicy.FirstTimeFirst => FirstTimeFirst(free, entries),
            OrderingPolicy.Alternate => Alternate(free, lastSpeaker),
            OrderingPolicy.Groups => Groups(free, entries, lastSpeaker, groupRotation),
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
        };

        var result = new List<OrderedEntry>(queued.Count);
        int nextPinned = 0, nextFree = 0;
        for (var position = 1; position <= queued.Count; position++)
        {
            var takePinned = nextPinned < pinned.Count
                && (pinned[nextPinned].PinnedPosition <= position || nextFree >= byPolicy.Count);
            if (takePinned)
            {
                result.Add(new OrderedEntry(position, pinned[nextPinned++], Pinned));
            }
            else
            {
                var (entry, why) = byPolicy[nextFree++];
                result.Add(new OrderedEntry(position, entry, why));
            }
        }

        return result;
    }

    private static List<(SpeakerEntry, OrderReason)> FirstTimeFirst(List<SpeakerEntry> free, IReadOnlyList<SpeakerEntry> entries)
    {
        var spoken = entries.Where(e => e.Turn is not null).Select(e => e.Speaker.Id).ToHashSet();
        var first = free.Where(e => !spoken.Contains(e.Speaker.Id))
            .Select(e => (e, new OrderReason(OrderReasonKind.FirstIntervention, e.RequestedAt)));
        var again = free.Where(e => spoken.Contains(e.Speaker.Id))
            .Select(e => (e, new OrderReason(OrderReasonKind.SpokenBefore, e.RequestedAt)));
        return first.Concat(again).ToList();
    }

    private static List<(SpeakerEntry, OrderReason)> Alternate(List<SpeakerEntry> free, SpeakerEntry? lastSpeaker)
    {
        string[] rotation = [nameof(SpeakerChannel.Room), nameof(SpeakerChannel.Remote)];
        var turns = RoundRobin(free, e => e.Speaker.Channel.ToString(), rotation, lastSpeaker?.Speaker.Channel.ToString());
        return turns.Select(t =>
        {
            var channel = Enum.Parse<SpeakerChannel>(t.Key);
            var at = t.Entry.RequestedAt;
            var why = t switch
            {
                { Entry.State: EntryState.OnHold } => new OrderReason(OrderReasonKind.OnHoldKeepsChannelPlace, at, channel),
                { PreviousKey: null } => new OrderReason(OrderReasonKind.EarliestRequest, at),
                _ when t.PreviousKey != t.Key =>
                    new OrderReason(t.FromHistory ? OrderReasonKind.AlternatesAfterLastSpeaker : OrderReasonKind.AlternatesAfterPreviousInLine, at, Other(channel)),
                _ => new OrderReason(OrderReasonKind.NobodyWaitingOnOtherChannel, at, Other(channel)),
            };
            return (t.Entry, why);
        }).ToList();

        static SpeakerChannel Other(SpeakerChannel c) => c == SpeakerChannel.Room ? SpeakerChannel.Remote : SpeakerChannel.Room;
    }

    private static List<(SpeakerEntry, OrderReason)> Groups(
        List<SpeakerEntry> free, IReadOnlyList<SpeakerEntry> entries, SpeakerEntry? lastSpeaker, IReadOnlyList<string> configured)
    {
        // Groups typed outside the configured list still take part, after the configured ones.
        var unknown = entries.Select(e => e.Speaker.Group)
            .Where(g => !StakeholderGroups.TryNormalise(g, configured, out _))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rotation = configured.Concat(unknown).ToList();
        string KeyOf(SpeakerEntry e) => StakeholderGroups.TryNormalise(e.Speaker.Group, configured, out var g) ? g : e.Speaker.Group;

        var turns = RoundRobin(free, KeyOf, rotation, lastSpeaker is null ? null : KeyOf(lastSpeaker));
        return turns.Select(t =>
        {
            var at = t.Entry.RequestedAt;
            var why = t switch
            {
                { Entry.State: EntryState.OnHold } => new OrderReason(OrderReasonKind.OnHoldKeepsGroupPlace, at, Group: t.Key),
                { PreviousKey: null } => new OrderReason(OrderReasonKind.EarliestRequestOfGroup, at, Group: t.Key),
                _ when t.PreviousKey != t.Key => new OrderReason(OrderReasonKind.NextGroupInRotation, at, Group: t.Key),
                _ => new OrderReason(OrderReasonKind.NoOtherGroupWaiting, at),
            };
            return (t.Entry, why);
        }).ToList();
    }

    /// <summary>
    /// Serves the lines of <paramref name="rotation"/> in turn, starting after <paramref name="lastKey"/>.
    /// Someone on hold is listed where their line's turn comes, but does not use up the turn: `ack` passes
    /// them over, and the next one of the same line is called — so a line never loses its turn to a hold.
    /// </summary>
    private static List<Turn> RoundRobin(List<SpeakerEntry> free, Func<SpeakerEntry, string> keyOf, IReadOnlyList<string> rotation, string? lastKey)
    {
        var result = new List<Turn>(free.Count);
        if (free.Count == 0)
        {
            return result;
        }

        var lines = rotation.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => new Queue<SpeakerEntry>(), StringComparer.Ordinal);
        var keys = lines.Keys.ToList();
        foreach (var entry in free)
        {
            lines[keyOf(entry)].Enqueue(entry);
        }

        var next = lastKey is null ? keys.IndexOf(keyOf(free[0])) : keys.IndexOf(lastKey) + 1;
        var previous = lastKey;
        var fromHistory = lastKey is not null;
        while (result.Count < free.Count)
        {
            var index = Enumerable.Range(0, keys.Count).Select(i => (next + i) % keys.Count).First(i => lines[keys[i]].Count > 0);
            var entry = lines[keys[index]].Dequeue();
            result.Add(new Turn(entry, keys[index], previous, fromHistory));
            if (entry.State == EntryState.Waiting)
            {
                previous = keys[index];
                fromHistory = false;
                next = index + 1;
            }
            else
            {
                next = index;
            }
        }

        return result;
    }

    private static readonly OrderReason Pinned = new(OrderReasonKind.PinnedByChair);

    private sealed record Turn(SpeakerEntry Entry, string Key, string? PreviousKey, bool FromHistory);
}
