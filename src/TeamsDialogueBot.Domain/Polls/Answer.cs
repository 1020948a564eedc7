namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// One voter's current answer to one poll; stored as its own row, unique per (<see cref="PollId"/>,
/// <see cref="Voter"/>). Which field is set depends on the poll's kind. For an anonymous poll
/// <see cref="Voter"/> is a keyed hash, so the row holds nothing that names the voter.
/// </summary>
public sealed record Answer(PollId PollId, VoterKey Voter, DateTimeOffset AnsweredAt)
{
    /// <summary>
    /// Single and multiple choice: the option keys picked, in option order.
    /// Ranking: the option keys from first place down (options left unranked are absent).
    /// </summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
    public int? Rating { get; init; }
    public string? Text { get; init; }
}
