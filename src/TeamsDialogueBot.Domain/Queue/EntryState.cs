namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Life of a request for the floor. Waiting and OnHold are "in the queue";
/// Speaking is the floor; Done, Withdrawn and Skipped are final.
/// </summary>
public enum EntryState
{
    Waiting,
    OnHold,
    Speaking,
    Done,
    Withdrawn,
    Skipped,
}
