namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// A person as the Q&amp;A knows them: a short keyed hash of their Teams identity (the Bot makes it), never shown.
/// Short on purpose: a board stores each voter once, and 300 voters must keep it small.
/// </summary>
public readonly record struct QuestionVoter(string Value)
{
    public override string ToString() => Value ?? string.Empty;
}
