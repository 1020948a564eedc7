using TeamsDialogueBot.Domain.Meetings;

namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>The plain-data form of a <see cref="Dialogue"/>, as stores keep it.</summary>
public sealed record DialogueSnapshot(
    ConversationReference Reference,
    int CurrentItemIndex,
    long Version)
{
    /// <summary>0 = the item itself; a panel number when a panel of the item is current. Absent in older rows.</summary>
    public int CurrentPanel { get; init; }

    /// <summary>The Teams meeting behind the dialogue (issue 13); absent in older rows, which read with none.</summary>
    public MeetingFacts? Meeting { get; init; }

    /// <summary>The shared cards' language (a UN code) as the chairs chose it; absent in older rows and until chosen.</summary>
    public string? Language { get; init; }
}
