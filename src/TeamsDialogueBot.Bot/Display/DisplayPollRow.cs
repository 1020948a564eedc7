namespace TeamsDialogueBot.Bot.Display;

/// <summary>One bar of the results chart; <paramref name="Percent"/> is 0–100 and sets the bar's length.</summary>
/// <param name="Value">What the bar counts, as shown in the dialogue's language: "12 (40%)", "12 pts".</param>
public sealed record DisplayPollRow(string Label, string Value, double Percent);
