namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The state of one dialogue, i.e. one Teams conversation running the programme: where the agenda stands and how
/// to reach the conversation. Every change bumps <see cref="Version"/>, which the stores use for optimistic concurrency.
/// </summary>
public sealed class Dialogue
{
    private Dialogue(ConversationReference reference, int currentItemIndex, long version)
    {
        Reference = reference;
        CurrentItemIndex = currentItemIndex;
        Version = version;
    }

    public ConversationReference Reference { get; private set; }
    public string ConversationId => Reference.ConversationId;
    public int CurrentItemIndex { get; private set; }
    public long Version { get; private set; }

    public static Dialogue Start(ConversationReference reference) => new(reference, 0, 1);

    public static Dialogue Restore(DialogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.Reference, snapshot.CurrentItemIndex, snapshot.Version);
    }

    public DialogueSnapshot ToSnapshot() => new(Reference, CurrentItemIndex, Version);

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
