namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>The plain-data form of a <see cref="Dialogue"/>, as stores keep it.</summary>
public sealed record DialogueSnapshot(
    ConversationReference Reference,
    int CurrentItemIndex,
    long Version);
