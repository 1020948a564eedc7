namespace TeamsDialogueBot.Reports.Model;

/// <param name="Percent">0–100, of the poll's voters (multiple choice can add up to more than 100).</param>
public sealed record ReportPollOption(string Label, int Votes, double Percent);
