namespace TeamsDialogueBot.Domain.Dialogues;

public enum AgendaMoveOutcome
{
    Moved,
    AlreadyAtFirstItem,
    AlreadyAtLastItem,
    AlreadyCurrent,
    UnknownItem,
}
