using TeamsDialogueBot.Domain.Meetings;

namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The state of one dialogue, i.e. one Teams conversation running the programme: where the agenda stands and how
/// to reach the conversation. Every change bumps <see cref="Version"/>, which the stores use for optimistic concurrency.
/// </summary>
public sealed class Dialogue
{
    private Dialogue(ConversationReference reference, int currentItemIndex, long version, MeetingFacts? meeting)
    {
        Reference = reference;
        CurrentItemIndex = currentItemIndex;
        Version = version;
        Meeting = meeting;
    }

    public ConversationReference Reference { get; private set; }
    public string ConversationId => Reference.ConversationId;
    public int CurrentItemIndex { get; private set; }
    public long Version { get; private set; }

    /// <summary>The Teams meeting behind the dialogue, as far as its events and details told; null when nothing is known.</summary>
    public MeetingFacts? Meeting { get; private set; }

    public static Dialogue Start(ConversationReference reference) => new(reference, 0, 1, null);

    public static Dialogue Restore(DialogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Reference, snapshot.CurrentItemIndex, snapshot.Version, snapshot.Meeting);
    }

    public DialogueSnapshot ToSnapshot() => new(Reference, CurrentItemIndex, Version, Meeting);

    /// <summary>The meeting's actual start (Teams' meetingStart event). A start after an end opens the next occurrence.</summary>
    public bool RecordMeetingStart(DateTimeOffset at)
    {
        var facts = Meeting ?? new MeetingFacts();
        var next = facts with { ActualStart = at, ActualEnd = facts.ActualEnd is { } end && end > at ? end : null };
        return SetMeeting(next);
    }

    /// <summary>The meeting's actual end (Teams' meetingEnd event).</summary>
    public bool RecordMeetingEnd(DateTimeOffset at) => SetMeeting((Meeting ?? new MeetingFacts()) with { ActualEnd = at });

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

    public AgendaMoveOutcome MoveNext(int itemCount) =>
        CurrentItemIndex >= itemCount - 1 ? AgendaMoveOutcome.AlreadyAtLastItem : MoveTo(CurrentItemIndex + 1);

    public AgendaMoveOutcome MovePrevious() =>
        CurrentItemIndex == 0 ? AgendaMoveOutcome.AlreadyAtFirstItem : MoveTo(CurrentItemIndex - 1);

    public AgendaMoveOutcome GoTo(int index, int itemCount)
    {
        if (index < 0 || index >= itemCount)
        {
            return AgendaMoveOutcome.UnknownItem;
        }

        return index == CurrentItemIndex ? AgendaMoveOutcome.AlreadyCurrent : MoveTo(index);
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

    private AgendaMoveOutcome MoveTo(int index)
    {
        CurrentItemIndex = index;
        Version++;
        return AgendaMoveOutcome.Moved;
    }
}
