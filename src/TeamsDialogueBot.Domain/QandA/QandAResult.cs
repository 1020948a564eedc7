namespace TeamsDialogueBot.Domain.QandA;

/// <summary>The answer of a Q&amp;A operation, for the Bot to turn into a view or a message.</summary>
public sealed record QandAResult
{
    public required QandAOutcome Outcome { get; init; }
    public required bool Succeeded { get; init; }

    /// <summary>The question the operation was about, as it is afterwards.</summary>
    public Question? Question { get; init; }

    internal static QandAResult Ok(QandAOutcome outcome, Question? question = null) => new() { Outcome = outcome, Succeeded = true, Question = question };

    internal static QandAResult Fail(QandAOutcome outcome, Question? question = null) => new() { Outcome = outcome, Succeeded = false, Question = question };
}
