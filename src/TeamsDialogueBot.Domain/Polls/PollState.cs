namespace TeamsDialogueBot.Domain.Polls;

public enum PollState
{
    Open,
    Closed,
}
