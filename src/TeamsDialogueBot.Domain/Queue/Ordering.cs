using System.Globalization;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// The ordering policies as pure functions: the queued (waiting and on-hold) entries in call order,
/// each with a one-line reason. Entries the chair moved keep their pinned position on top of the policy.
/// </summary>
public static class Ordering
{
    private const string PinnedReason = "placed here by the chair";

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
            OrderingPolicy.Fifo => free.Select(e => (e, $"requested at {Clock(e)}", new OrderReason(OrderReasonKind.RequestedAt, e.RequestedAt))).ToList(),
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
                result.Add(new OrderedEntry(position, pinned[nextPinned++], PinnedReason) { Why = new OrderReason(OrderReasonKind.PinnedByChair) });
            }
            else
            {
                var (entry, reason, why) = byPolicy[nextFree++];
                result.Add(new OrderedEntry(position, entry, reason) { Why = why });
            }
        }

        return result;
    }

    private static List<(SpeakerEntry, string, OrderReason)> FirstTimeFirst(List<SpeakerEntry> free, IReadOnlyList<SpeakerEntry> entries)
    {
        var spoken = entries.Where(e => e.Turn is not null).Select(e => e.Speaker.Id).ToHashSet();
        var first = free.Where(e => !spoken.Contains(e.Speaker.Id))
            .Select(e => (e, $"first intervention on this item; requested at {Clock(e)}", new OrderReason(OrderReasonKind.FirstIntervention, e.RequestedAt)));
        var again = free.Where(e => spoken.Contains(e.Speaker.Id))
            .Select(e => (e, $"has spoken on this item already; requested at {Clock(e)}", new OrderReason(OrderReasonKind.SpokenBefore, e.RequestedAt)));
        return first.Concat(again).ToList();
    }

    private static List<(SpeakerEntry, string, OrderReason)> Alternate(List<SpeakerEntry> free, SpeakerEntry? lastSpeaker)
    {
        string[] rotation = [nameof(SpeakerChannel.Room), nameof(SpeakerChannel.Remote)];
        var turns = RoundRobin(free, e => e.Speaker.Channel.ToString(), rotation, lastSpeaker?.Speaker.Channel.ToString());
        return turns.Select(t =>
        {
            var channel = Enum.Parse<SpeakerChannel>(t.Key);
            var at = t.Entry.RequestedAt;
            var (reason, why) = t switch
            {
                { Entry.State: EntryState.OnHold } => ($"on hold; keeps their place in the {Line(channel)} line", new OrderReason(OrderReasonKind.OnHoldKeepsChannelPlace, at, channel)),
                { PreviousKey: null } => ($"earliest request, at {Clock(t.Entry)}", new OrderReason(OrderReasonKind.EarliestRequest, at)),
                _ when t.PreviousKey != t.Key => (
                    $"alternates with {Name(Other(channel))}: {(t.FromHistory ? "last speaker was" : "previous in line is")} {Where(Other(channel))}",
                    new OrderReason(t.FromHistory ? OrderReasonKind.AlternatesAfterLastSpeaker : OrderReasonKind.AlternatesAfterPreviousInLine, at, Other(channel))),
                _ => ($"nobody waiting {Where(Other(channel))}; requested at {Clock(t.Entry)}", new OrderReason(OrderReasonKind.NobodyWaitingOnOtherChannel, at, Other(channel))),
            };
            return (t.Entry, reason, why);
        }).ToList();

        static SpeakerChannel Other(SpeakerChannel c) => c == SpeakerChannel.Room ? SpeakerChannel.Remote : SpeakerChannel.Room;
        static string Name(SpeakerChannel c) => c == SpeakerChannel.Room ? "the room" : "remote";
        static string Where(SpeakerChannel c) => c == SpeakerChannel.Room ? "in the room" : "remote";
        static string Line(SpeakerChannel c) => c == SpeakerChannel.Room ? "room" : "remote";
    }

    private static List<(SpeakerEntry, string, OrderReason)> Groups(
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
            var (reason, why) = t switch
            {
                { Entry.State: EntryState.OnHold } => ($"on hold; keeps the place of {t.Key} in the rotation", new OrderReason(OrderReasonKind.OnHoldKeepsGroupPlace, at, Group: t.Key)),
                { PreviousKey: null } => ($"earliest request ({t.Key}), at {Clock(t.Entry)}", new OrderReason(OrderReasonKind.EarliestRequestOfGroup, at, Group: t.Key)),
                _ when t.PreviousKey != t.Key => ($"next group in rotation: {t.Key}", new OrderReason(OrderReasonKind.NextGroupInRotation, at, Group: t.Key)),
                _ => ($"no other group waiting; requested at {Clock(t.Entry)}", new OrderReason(OrderReasonKind.NoOtherGroupWaiting, at)),
            };
            return (t.Entry, reason, why);
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

    private static string Clock(SpeakerEntry entry) => entry.RequestedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private sealed record Turn(SpeakerEntry Entry, string Key, string? PreviousKey, bool FromHistory);
}
