using System.Globalization;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Chair controls; each change is recorded in the audit trail.</summary>
public sealed partial class SpeakersList
{
    /// <summary>`queue open`, or the bot when the item becomes current.</summary>
    public QueueResult Open(Actor chair, DateTimeOffset now) => SetOpen(chair, now, open: true);

    /// <summary>`queue close`: participants can no longer ask; chairs still can, and the queued are still called.</summary>
    public QueueResult Close(Actor chair, DateTimeOffset now) => SetOpen(chair, now, open: false);

    /// <summary>`queue clear`: every queued entry is withdrawn; the current speaker keeps the floor.</summary>
    public QueueResult Clear(Actor chair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        var queued = _entries.Where(e => e.IsQueued).ToList();
        if (queued.Count == 0)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged);
        }

        foreach (var entry in queued)
        {
            Replace(Transition(entry, EntryState.Withdrawn) with { PinnedPosition = null });
        }

        Record(chair, now, "queue clear", string.Create(CultureInfo.InvariantCulture, $"{queued.Count} withdrawn"));
        return QueueResult.Ok(QueueOutcome.Cleared);
    }

    /// <summary>
    /// `ack` / `call [n|name]`: ends the current intervention and gives the floor to the next waiting entry
    /// (passing over those on hold), or to the one named by position or name, even if on hold.
    /// </summary>
    public QueueResult Ack(Actor chair, DateTimeOffset now, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(chair);
        var queue = Queue;
        OrderedEntry? next;
        if (target is null)
        {
            next = queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting);
        }
        else
        {
            var (found, failure) = Resolve(target, queue);
            if (failure is not null)
            {
                return QueueResult.Fail(failure.Value, queue);
            }

            next = found;
        }

        var current = Current;
        if (current is null && next is null)
        {
            return QueueResult.Fail(QueueOutcome.NobodyWaiting, queue);
        }

        SpeakerEntry? ended = null;
        if (current is not null)
        {
            ended = Transition(current, EntryState.Done) with { EndedAt = now };
            Replace(ended);
        }

        SpeakerEntry? started = null;
        if (next is not null)
        {
            var turn = (_entries.Max(e => e.Turn) ?? 0) + 1;
            started = Leave(next, queue, EntryState.Speaking) with { StartedAt = now, Turn = turn };
            Replace(started);
        }

        var detail = (ended, started) switch
        {
            (_, not null) => $"floor to {started.Speaker.Name}" + (ended is null ? string.Empty : $", after {ended.Speaker.Name}"),
            _ => $"ended {ended!.Speaker.Name}",
        };
        Record(chair, now, "ack", detail);
        return QueueResult.Ok(started is null ? QueueOutcome.InterventionEnded : QueueOutcome.FloorGiven, started, ended: ended);
    }

    /// <summary>
    /// The list's position is left (the agenda moved on, or the meeting ended): whoever has the floor ends their
    /// intervention now and nobody is called. Without this a speaker nobody acknowledged stayed "speaking" on a past
    /// item, and their speaking time, in the figures and the report, ran on for hours.
    /// </summary>
    public QueueResult EndCurrent(Actor chair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (Current is not { } current)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged);
        }

        var ended = Transition(current, EntryState.Done) with { EndedAt = now };
        Replace(ended);
        Record(chair, now, "ack", $"ended {ended.Speaker.Name}");
        return QueueResult.Ok(QueueOutcome.InterventionEnded, ended: ended);
    }

    /// <summary>The position is left behind (agenda moved, meeting ended): closed to requests, its speaker's intervention ended.</summary>
    public QueueResult Leave(Actor chair, DateTimeOffset now)
    {
        var ended = EndCurrent(chair, now);
        var closed = IsOpen ? Close(chair, now) : ended;
        return ended.Outcome == QueueOutcome.InterventionEnded ? ended : closed;
    }

    /// <summary>`skip [n|name]`: the next waiting entry (or the named one) is passed, e.g. because they are absent.</summary>
    public QueueResult Skip(Actor chair, DateTimeOffset now, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(chair);
        var queue = Queue;
        OrderedEntry? skipped;
        if (target is null)
        {
            skipped = queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting);
            if (skipped is null)
            {
                return QueueResult.Fail(QueueOutcome.NobodyWaiting, queue);
            }
        }
        else
        {
            var (found, failure) = Resolve(target, queue);
            if (failure is not null)
            {
                return QueueResult.Fail(failure.Value, queue);
            }

            skipped = found!;
        }

        var entry = Leave(skipped, queue, EntryState.Skipped);
        Record(chair, now, "skip", Describe(skipped));
        return QueueResult.Ok(QueueOutcome.Skipped, entry);
    }

    /// <summary>
    /// `move &lt;n|name&gt; &lt;pos&gt;`: the chair's placement overrides the policy for that entry; it stays at that
    /// place in the line (moving up as people ahead leave) until it is called.
    /// </summary>
    public QueueResult Move(Actor chair, string target, int newPosition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        var queue = Queue;
        var (found, failure) = Resolve(target, queue);
        if (failure is not null)
        {
            return QueueResult.Fail(failure.Value, queue);
        }

        if (newPosition < 1 || newPosition > queue.Count)
        {
            return QueueResult.Fail(QueueOutcome.InvalidPosition, queue);
        }

        // Pin the moved entry and re-pin the earlier moved ones where they land, so the new order is
        // exactly the old one with this entry moved: the rest keep their relative policy order.
        var line = queue.Select(o => o.Entry).ToList();
        line.RemoveAt(found!.Position - 1);
        line.Insert(newPosition - 1, found.Entry);
        for (var i = 0; i < line.Count; i++)
        {
            if (line[i].Number == found.Entry.Number || line[i].PinnedPosition is not null)
            {
                Replace(line[i] with { PinnedPosition = i + 1 });
            }
        }

        Record(chair, now, "move", string.Create(CultureInfo.InvariantCulture, $"{Describe(found)} → {newPosition}"));
        var moved = _entries.Find(e => e.Number == found.Entry.Number)!;
        return QueueResult.Ok(QueueOutcome.Moved, moved, PositionOf(moved));
    }

    /// <summary>`remove &lt;n|name&gt;`.</summary>
    public QueueResult Remove(Actor chair, string target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        var queue = Queue;
        var (found, failure) = Resolve(target, queue);
        if (failure is not null)
        {
            return QueueResult.Fail(failure.Value, queue);
        }

        var entry = Leave(found!, queue, EntryState.Withdrawn);
        Record(chair, now, "remove", Describe(found!));
        return QueueResult.Ok(QueueOutcome.Removed, entry);
    }

    /// <summary>`policy &lt;name&gt;`: takes effect at once for everyone queued; chair placements stay.</summary>
    public QueueResult SetPolicy(Actor chair, OrderingPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (policy == Policy)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged);
        }

        var previous = Policy;
        Policy = policy;
        Record(chair, now, "policy", $"{previous.CommandWord()} → {policy.CommandWord()}");
        return QueueResult.Ok(QueueOutcome.PolicyChanged);
    }

    /// <summary>`time &lt;m:ss&gt;`: at most an hour, since anything longer is a typo for minutes.</summary>
    public QueueResult SetSpeakingTime(Actor chair, TimeSpan speakingTime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (speakingTime <= TimeSpan.Zero || speakingTime > TimeSpan.FromHours(1))
        {
            return QueueResult.Fail(QueueOutcome.InvalidSpeakingTime);
        }

        if (speakingTime == SpeakingTime)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged);
        }

        var previous = SpeakingTime;
        SpeakingTime = speakingTime;
        Record(chair, now, "time", $"{ClockText.Format(previous)} → {ClockText.Format(speakingTime)}");
        return QueueResult.Ok(QueueOutcome.SpeakingTimeChanged);
    }

    private QueueResult SetOpen(Actor chair, DateTimeOffset now, bool open)
    {
        ArgumentNullException.ThrowIfNull(chair);
        if (IsOpen == open)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged);
        }

        IsOpen = open;
        Record(chair, now, open ? "queue open" : "queue close", string.Empty);
        return QueueResult.Ok(open ? QueueOutcome.Opened : QueueOutcome.Closed);
    }

    /// <summary>A chair's reference to a queued entry: its 1-based position, or (part of) the name.</summary>
    private static (OrderedEntry? Found, QueueOutcome? Failure) Resolve(string target, IReadOnlyList<OrderedEntry> queue)
    {
        var text = target?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return (null, QueueOutcome.NotFound);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= queue.Count ? (queue[position - 1], null) : (null, QueueOutcome.NotFound);
        }

        var name = ParticipantId.NormaliseName(text);
        var exact = queue.Where(o => ParticipantId.NormaliseName(o.Entry.Speaker.Name) == name).ToList();
        var matches = exact.Count > 0
            ? exact
            : queue.Where(o => ParticipantId.NormaliseName(o.Entry.Speaker.Name).Contains(name, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, QueueOutcome.NotFound),
            _ => (null, QueueOutcome.Ambiguous),
        };
    }

    private static string Describe(OrderedEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"#{entry.Position} {entry.Entry.Speaker.Name}");
}
