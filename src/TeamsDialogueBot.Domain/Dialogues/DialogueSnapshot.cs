using TeamsDialogueBot.Domain.Meetings;

namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The plain-data form of a <see cref="Dialogue"/>, as stores keep it. <paramref name="Meeting"/> came later (issue 13):
/// dialogues stored before it read with none.
/// </summary>
public sealed record DialogueSnapshot(
    ConversationReference Reference,
    int CurrentItemIndex,
    long Version,
    MeetingFacts? Meeting = null);
