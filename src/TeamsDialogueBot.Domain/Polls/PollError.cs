namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// Why a poll command, vote or transition was refused. <see cref="Message"/> is English, for logs and tests; what a
/// person reads is written from <see cref="Code"/> and the context below in their language (Bot's PollErrorTexts).
/// Neither ever echoes their input.
/// </summary>
public sealed record PollError(PollErrorCode Code, string Message)
{
    /// <summary>The option's position, or the guiding question's number, that the refusal is about.</summary>
    public int? Number { get; init; }

    /// <summary>How many there are: the options given (for max=), the programme's guiding questions.</summary>
    public int? Count { get; init; }

    /// <summary>The polls the refusal names: the one already closed, or the several a command could mean.</summary>
    public IReadOnlyList<PollId> Polls { get; init; } = [];

    /// <summary>For <see cref="PollErrorCode.InvalidTemplate"/>: the rule the programme's poll broke, when it broke one.</summary>
    public PollError? Cause { get; init; }

    public static PollError UnknownPoll(PollId id) =>
        new(PollErrorCode.UnknownPoll, $"There is no poll {id} in this conversation.") { Polls = [id] };
}
