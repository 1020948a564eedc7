namespace TeamsDialogueBot.Domain.Polls;

/// <param name="Percentage">0–100, of respondents.</param>
public sealed record RatingCount(int Value, int Count, double Percentage);
