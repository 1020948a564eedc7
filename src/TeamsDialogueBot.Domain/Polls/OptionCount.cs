namespace TeamsDialogueBot.Domain.Polls;

/// <param name="Percentage">0–100, of respondents (so a multiple-choice poll's percentages may add up to more than 100).</param>
public sealed record OptionCount(string Key, string Label, int Count, double Percentage);
