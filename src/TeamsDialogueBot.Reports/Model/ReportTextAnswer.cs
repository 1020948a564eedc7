namespace TeamsDialogueBot.Reports.Model;

/// <summary>An open-text answer and how many people gave exactly that text.</summary>
public sealed record ReportTextAnswer(string Text, int Count);
