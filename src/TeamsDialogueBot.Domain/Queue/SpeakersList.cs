using System.Collections.ObjectModel;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// The speakers' list of one agenda item in one conversation (OpenSlides "list of speakers", W3C Zakim queue).
/// Not thread-safe: callers serialise changes per list and use <see cref="Version"/> for optimistic concurrency.
/// </summary>
public sealed partial class SpeakersList
{
    private readonly List<SpeakerEntry> _entries;
    private readonly List<AuditEntry> _audit;

    private SpeakersList(string conversationId, int itemIndex, IReadOnlyList<string> groups, List<SpeakerEntry> entries, List<AuditEntry> audit)
    {
        ConversationId = conversationId;
        ItemIndex = itemIndex;
        Groups = new ReadOnlyCollection<string>([.. groups]);
        _entries = entries;
        _audit = audit;
    }

    public string ConversationId { get; }

    /// <summary>0-based index of the agenda item in the programme.</summary>
    public int ItemIndex { get; }

    /// <summary>0 for the item itself; the panel's number for a panel's own list (III.2).</summary>
    public int Panel { get; private init; }

    public AgendaPosition Position => new(ItemIndex, Panel);
    public bool IsOpen { get; private set; }
    public OrderingPolicy Policy { get; private set; }

    /// <summary>Speaking time per intervention (`time &lt;m:ss&gt;`).</summary>
    public TimeSpan SpeakingTime { get; private set; }

    /// <summary>Bumped by every change; unchanged by failures and no-ops.</summary>
    public long Version { get; private set; }

    /// <summary>Stakeholder groups of this dialogue, in rotation order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Every entry ever made on this item, in order of arrival.</summary>
    public IReadOnlyList<SpeakerEntry> Entries => _entries.AsReadOnly();
    public IReadOnlyList<AuditEntry> Audit => _audit.AsReadOnly();

    public SpeakerEntry? Current => _entries.Find(e => e.State == EntryState.Speaking);

    /// <summary>
    /// The head of the line as a card shows it: the entry numbers of who speaks and who is called next ("3.5"; 0 for
    /// nobody). `ack` and `skip` act on exactly these two, so a card carrying its head can tell when it is out of date.
    /// </summary>
    public string HeadMark =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Current?.Number ?? 0}.{Queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting)?.Entry.Number ?? 0}");

    /// <summary>Waiting and on-hold entries in call order under the current policy; positions are 1-based.</summary>
    public IReadOnlyList<OrderedEntry> Queue => Ordering.Order(Policy, _entries, Groups);

    public static SpeakersList Create(
        string conversationId, AgendaPosition position, TimeSpan speakingTime, IReadOnlyList<string>? groups = null, OrderingPolicy policy = OrderingPolicy.Fifo)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position.Panel);
        var list = Create(conversationId, position.ItemIndex, speakingTime, groups, policy);
        return position.Panel == 0 ? list : list.WithPanel(position.Panel);
    }

    public static SpeakersList Create(
        string conversationId, int itemIndex, TimeSpan speakingTime, IReadOnlyList<string>? groups = null, OrderingPolicy policy = OrderingPolicy.Fifo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(itemIndex);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(speakingTime, TimeSpan.Zero);
        return new SpeakersList(conversationId, itemIndex, groups ?? StakeholderGroups.Default, [], [])
        {
            Policy = policy,
            SpeakingTime = speakingTime,
        };
    }

    public SpeakersListSnapshot ToSnapshot() => new()
    {
        ConversationId = ConversationId,
        ItemIndex = ItemIndex,
        Panel = Panel,
        IsOpen = IsOpen,
        Policy = Policy,
        SpeakingTime = SpeakingTime,
        Version = Version,
        Groups = [.. Groups],
        Entries = [.. _entries],
        Audit = [.. _audit],
    };

    public static SpeakersList FromSnapshot(SpeakersListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new SpeakersList(snapshot.ConversationId, snapshot.ItemIndex, snapshot.Groups, [.. snapshot.Entries], [.. snapshot.Audit])
        {
            Panel = snapshot.Panel,
            IsOpen = snapshot.IsOpen,
            Policy = snapshot.Policy,
            SpeakingTime = snapshot.SpeakingTime,
            Version = snapshot.Version,
        };
    }

    /// <summary>
    /// `q+` / `hand`, or a chair's `q+ &lt;name&gt;` when <paramref name="addedBy"/> is given. Asking again while
    /// queued updates the topic and keeps the place; asking after having spoken is a second intervention.
    /// A closed list refuses participants but not chairs.
    /// </summary>
    public QueueResult Request(Speaker speaker, string? topic, int? guidingQuestion, DateTimeOffset now, Actor? addedBy = null)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        if (!IsOpen && addedBy is null)
        {
            return QueueResult.Fail(QueueOutcome.QueueClosed);
        }

        var cleanTopic = TopicText.Clean(topic);
        var existing = QueuedEntryOf(speaker.Id);
        SpeakerEntry entry;
        QueueOutcome outcome;
        if (existing is not null)
        {
            entry = existing with
            {
                Speaker = speaker,
                Topic = cleanTopic ?? existing.Topic,
                GuidingQuestion = guidingQuestion ?? existing.GuidingQuestion,
            };
            if (entry == existing)
            {
                return QueueResult.Ok(QueueOutcome.AlreadyWaiting, existing, PositionOf(existing));
            }

            Replace(entry);
            outcome = QueueOutcome.TopicUpdated;
        }
        else
        {
            entry = new SpeakerEntry
            {
                Number = _entries.Count == 0 ? 1 : _entries.Max(e => e.Number) + 1,
                Speaker = speaker,
                Topic = cleanTopic,
                GuidingQuestion = guidingQuestion,
                RequestedAt = now,
                FromPhone = speaker.Id.IsPhone,
            };
            _entries.Add(entry);
            outcome = QueueOutcome.Requested;
        }

        if (addedBy is not null)
        {
            Record(addedBy, now, "q+", $"{speaker.Name} ({speaker.Channel.ToString().ToUpperInvariant()}, {speaker.Group})");
        }
        else
        {
            Version++;
        }

        return QueueResult.Ok(outcome, entry, PositionOf(entry));
    }

    /// <summary>
    /// A queued entry's name, organisation and group as its speaker corrected them (a phone's "change my details"): its
    /// number, place, topic and times stay. An entry that has the floor or has spoken keeps the details it had then.
    /// </summary>
    public QueueResult CorrectSpeaker(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var existing = QueuedEntryOf(speaker.Id);
        if (existing is null)
        {
            return QueueResult.Fail(QueueOutcome.NotWaiting);
        }

        var entry = existing with { Speaker = speaker };
        if (entry == existing)
        {
            return QueueResult.Ok(QueueOutcome.Unchanged, existing, PositionOf(existing));
        }

        Replace(entry);
        Version++;
        return QueueResult.Ok(QueueOutcome.SpeakerCorrected, entry, PositionOf(entry));
    }

    /// <summary>`q-` / `lower`.</summary>
    public QueueResult Withdraw(ParticipantId participant)
    {
        var queue = Queue;
        var queued = queue.FirstOrDefault(o => o.Entry.Speaker.Id == participant);
        if (queued is null)
        {
            return QueueResult.Fail(QueueOutcome.NotWaiting);
        }

        var withdrawn = Leave(queued, queue, EntryState.Withdrawn);
        Version++;
        return QueueResult.Ok(QueueOutcome.Withdrawn, withdrawn);
    }

    /// <summary>"Not ready, keep my place": `ack` passes over entries on hold.</summary>
    public QueueResult Hold(ParticipantId participant) => SetHold(participant, hold: true);

    public QueueResult Resume(ParticipantId participant) => SetHold(participant, hold: false);

    private QueueResult SetHold(ParticipantId participant, bool hold)
    {
        var entry = QueuedEntryOf(participant);
        var from = hold ? EntryState.Waiting : EntryState.OnHold;
        if (entry is null || entry.State != from)
        {
            return QueueResult.Fail(entry is null || hold ? QueueOutcome.NotWaiting : QueueOutcome.NotOnHold);
        }

        var changed = Transition(entry, hold ? EntryState.OnHold : EntryState.Waiting);
        Replace(changed);
        Version++;
        return QueueResult.Ok(hold ? QueueOutcome.OnHold : QueueOutcome.Resumed, changed, PositionOf(changed));
    }

    private SpeakersList WithPanel(int panel) =>
        new(ConversationId, ItemIndex, Groups, _entries, _audit) { Panel = panel, Policy = Policy, SpeakingTime = SpeakingTime, IsOpen = IsOpen, Version = Version };

    /// <summary>Records that the entry's speaker was told they are next; false when they were told before (or no such entry).</summary>
    public bool NoteHeadsUp(int entryNumber, DateTimeOffset at)
    {
        var entry = _entries.Find(e => e.Number == entryNumber);
        if (entry is null || entry.HeadsUpAt is not null)
        {
            return false;
        }

        Replace(entry with { HeadsUpAt = at });
        Version++;
        return true;
    }

    /// <summary>Remembers the language the speaker of a queued entry reads (their Teams locale as a UN code), for their heads-up.</summary>
    public bool NoteLanguage(ParticipantId participant, string language)
    {
        var entry = QueuedEntryOf(participant);
        if (entry is null || entry.Language == language)
        {
            return false;
        }

        Replace(entry with { Language = language });
        Version++;
        return true;
    }

    private SpeakerEntry? QueuedEntryOf(ParticipantId participant) =>
        _entries.Find(e => e.IsQueued && e.Speaker.Id == participant);

    private int? PositionOf(SpeakerEntry entry) =>
        Queue.FirstOrDefault(o => o.Entry.Number == entry.Number)?.Position;

    private void Replace(SpeakerEntry entry) =>
        _entries[_entries.FindIndex(e => e.Number == entry.Number)] = entry;

    private static SpeakerEntry Transition(SpeakerEntry entry, EntryState to) =>
        EntryTransitions.IsLegal(entry.State, to)
            ? entry with { State = to }
            : throw new InvalidOperationException($"Entry {entry.Number} cannot go from {entry.State} to {to}.");

    /// <summary>
    /// Takes a queued entry out of the queue. Entries the chair pinned behind it move up one place with
    /// the line, so "move 5 2" still means "second in line" after the first one is called.
    /// </summary>
    private SpeakerEntry Leave(OrderedEntry leaving, IReadOnlyList<OrderedEntry> queue, EntryState to)
    {
        foreach (var behind in queue.Where(o => o.Position > leaving.Position && o.Entry.PinnedPosition is not null))
        {
            Replace(behind.Entry with { PinnedPosition = behind.Position - 1 });
        }

        var left = Transition(leaving.Entry, to) with { PinnedPosition = null };
        Replace(left);
        return left;
    }

    private void Record(Actor actor, DateTimeOffset at, string action, string detail)
    {
        _audit.Add(new AuditEntry(at, actor.Id, actor.Name, action, detail));
        Version++;
    }
}
