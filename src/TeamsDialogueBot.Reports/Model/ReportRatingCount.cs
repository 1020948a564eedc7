namespace TeamsDialogueBot.Reports.Model;

/// <param name="Percent">0–100, of the poll's voters.</param>
public sealed record ReportRatingCount(int Value, int Votes, double Percent);
