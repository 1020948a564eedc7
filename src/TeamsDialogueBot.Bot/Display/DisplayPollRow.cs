namespace TeamsDialogueBot.Bot.Display;

/// <summary>One bar of the results chart; <paramref name="Percent"/> is 0–100 and sets the bar's length.</summary>
/// <param name="Value">What the bar counts, as shown: "12", "12 pts".</param>
public sealed record DisplayPollRow(string Label, string Value, double Percent);
