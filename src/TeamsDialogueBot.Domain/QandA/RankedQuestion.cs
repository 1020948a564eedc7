namespace TeamsDialogueBot.Domain.QandA;

/// <summary>A question with its upvotes, at its 1-based place in the order the card shows.</summary>
public sealed record RankedQuestion(Question Question, int Votes, int Place);
