namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// Why a poll command, vote or transition was refused. <see cref="Message"/> is written for the
/// person who caused it and is meant to be shown to that person only; it never echoes their input.
/// </summary>
public sealed record PollError(PollErrorCode Code, string Message)
{
    public static PollError UnknownPoll(PollId id) =>
        new(PollErrorCode.UnknownPoll, $"There is no poll {id} in this conversation.");
}
