namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The state of one dialogue, i.e. one Teams conversation running the programme: where the agenda
/// stands and which agenda card is posted there. Every change bumps <see cref="Version"/>, which the
/// stores use for optimistic concurrency and the outbound lanes to never send an older card over a newer one.
/// </summary>
public sealed class Dialogue
{
    private Dialogue(ConversationReference reference, int currentItemIndex, string? agendaCardActivityId, long version)
    {
        Reference = reference;
        CurrentItemIndex = currentItemIndex;
        AgendaCardActivityId = agendaCardActivityId;
        Version = version;
    }

    public ConversationReference Reference { get; private set; }
    public string ConversationId => Reference.ConversationId;
    public int CurrentItemIndex { get; private set; }
    public string? AgendaCardActivityId { get; private set; }
    public long Version { get; private set; }

    public static Dialogue Start(ConversationReference reference) => new(reference, 0, null, 1);

    public static Dialogue Restore(DialogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Reference, snapshot.CurrentItemIndex, snapshot.AgendaCardActivityId, snapshot.Version);
    }

    public DialogueSnapshot ToSnapshot() => new(Reference, CurrentItemIndex, AgendaCardActivityId, Version);

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

    public void RememberAgendaCard(string activityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        AgendaCardActivityId = activityId;
        Version++;
    }

    /// <summary>Keeps the latest serviceUrl and meeting id: Teams may move a conversation to another region.</summary>
    public bool Refresh(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference == Reference)
        {
            return false;
        }

        Reference = reference with { MeetingId = reference.MeetingId ?? Reference.MeetingId };
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
