namespace TeamsDialogueBot.Reports.Model;

/// <summary>A guiding question; <see cref="Number"/> is programme-wide, so q3 means the same in every item.</summary>
public sealed record GuidingQuestion(int Number, string Text);
