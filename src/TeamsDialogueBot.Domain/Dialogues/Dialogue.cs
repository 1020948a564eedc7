using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The state of one dialogue, i.e. one Teams conversation running the programme: where the agenda stands and how
/// to reach the conversation. Every change bumps <see cref="Version"/>, which the stores use for optimistic concurrency.
/// </summary>
public sealed class Dialogue
{
    private Dialogue(ConversationReference reference, AgendaPosition position, long version, MeetingFacts? meeting, string? language)
    {
        Reference = reference;
        CurrentPosition = position;
        Version = version;
        Meeting = meeting;
        Language = language;
    }

    public ConversationReference Reference { get; private set; }
    public string ConversationId => Reference.ConversationId;

    /// <summary>Where the agenda stands: an item, or one of its panels (III.2).</summary>
    public AgendaPosition CurrentPosition { get; private set; }

    public int CurrentItemIndex => CurrentPosition.ItemIndex;
    public long Version { get; private set; }

    /// <summary>The Teams meeting behind the dialogue, as far as its events and details told; null when nothing is known.</summary>
    public MeetingFacts? Meeting { get; private set; }

    /// <summary>
    /// The language of the shared cards, one of <see cref="UnLanguages.All"/>, as the chairs chose it (`language fr`);
    /// null until they do, when the configured default applies — so changing the default moves every dialogue that never chose.
    /// </summary>
    public string? Language { get; private set; }

    public static Dialogue Start(ConversationReference reference) => new(reference, AgendaPosition.Item(0), 1, null, null);

    public static Dialogue Restore(DialogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Reference, new AgendaPosition(snapshot.CurrentItemIndex, snapshot.CurrentPanel), snapshot.Version, snapshot.Meeting, UnLanguages.Normalise(snapshot.Language));
    }

    public DialogueSnapshot ToSnapshot() => new(Reference, CurrentItemIndex, Version) { CurrentPanel = CurrentPosition.Panel, Meeting = Meeting, Language = Language };

    /// <summary>`language fr`: the shared cards' language from now on. False when the code is not a UN language or already chosen.</summary>
    public bool ChangeLanguage(string code)
    {
        var language = UnLanguages.Normalise(code);
        if (language is null || language == Language)
        {
            return false;
        }

        Language = language;
        Version++;
        return true;
    }

    /// <summary>The meeting's actual start (Teams' meetingStart event). A start after an end opens the next occurrence.</summary>
    public bool RecordMeetingStart(DateTimeOffset at)
    {
        var facts = Meeting ?? new MeetingFacts();
        var next = facts with { ActualStart = at, ActualEnd = facts.ActualEnd is { } end && end > at ? end : null };
        return SetMeeting(next);
    }

    /// <summary>
    /// The meeting's actual end (Teams' meetingEnd event). False, changing nothing, for a meeting that has ended already
    /// (the end reported again under another id, perhaps with another time: the first stands, the chairs are told once)
    /// and for an end older than the current start (an earlier occurrence's, arriving late: it must not end this one).
    /// </summary>
    public bool RecordMeetingEnd(DateTimeOffset at)
    {
        var facts = Meeting ?? new MeetingFacts();
        if (facts.HasEnded || (facts.ActualStart is { } start && at < start))
        {
            return false;
        }

        return SetMeeting(facts with { ActualEnd = at });
    }

    /// <summary>Keeps what the meeting-details API said; parts it did not say keep what was known.</summary>
    public bool CacheMeetingDetails(MeetingDetails details, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        var facts = Meeting ?? new MeetingFacts();
        var next = facts with
        {
            ScheduledStart = details.ScheduledStart ?? facts.ScheduledStart,
            ScheduledEnd = details.ScheduledEnd ?? facts.ScheduledEnd,
            OrganizerMri = details.OrganizerMri ?? facts.OrganizerMri,
            OrganizerAadObjectId = details.OrganizerAadObjectId ?? facts.OrganizerAadObjectId,
            GraphResourceId = details.GraphResourceId ?? facts.GraphResourceId,
        };

        // Reading the same details again changes nothing: a burst of events re-reading them must not write the dialogue.
        return (next != facts || facts.DetailsReadAt is null) && SetMeeting(next with { DetailsReadAt = readAt });
    }

    /// <summary>The position the agenda is at, as far as <paramref name="programme"/> knows it (an edited programme may have lost it).</summary>
    public AgendaPosition PositionIn(Programme.Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.Contains(CurrentPosition) ? CurrentPosition
            : programme.Contains(AgendaPosition.Item(CurrentItemIndex)) ? AgendaPosition.Item(CurrentItemIndex)
            : programme.Positions[0];
    }

    /// <summary>`next`: I → II → III → III.1 → III.2 → IV (panels are positions of their own).</summary>
    public AgendaMoveOutcome MoveNext(Programme.Programme programme) =>
        programme.Next(PositionIn(programme)) is { } next ? MoveTo(next) : AgendaMoveOutcome.AlreadyAtLastItem;

    public AgendaMoveOutcome MovePrevious(Programme.Programme programme) =>
        programme.Previous(PositionIn(programme)) is { } previous ? MoveTo(previous) : AgendaMoveOutcome.AlreadyAtFirstItem;

    public AgendaMoveOutcome GoTo(AgendaPosition position, Programme.Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (!programme.Contains(position))
        {
            return AgendaMoveOutcome.UnknownItem;
        }

        return position == CurrentPosition ? AgendaMoveOutcome.AlreadyCurrent : MoveTo(position);
    }

    /// <summary>Keeps the latest serviceUrl and meeting id: Teams may move a conversation to another region.</summary>
    public bool Refresh(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var merged = reference with { MeetingId = reference.MeetingId ?? Reference.MeetingId };
        if (merged == Reference)
        {
            return false;
        }

        Reference = merged;
        Version++;
        return true;
    }

    private bool SetMeeting(MeetingFacts next)
    {
        if (next == Meeting)
        {
            return false;
        }

        Meeting = next;
        Version++;
        return true;
    }

    private AgendaMoveOutcome MoveTo(AgendaPosition position)
    {
        CurrentPosition = position;
        Version++;
        return AgendaMoveOutcome.Moved;
    }
}
