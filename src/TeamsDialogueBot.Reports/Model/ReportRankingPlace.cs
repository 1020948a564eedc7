namespace TeamsDialogueBot.Reports.Model;

/// <summary>An option's Borda score; tied options share a place and the next place is skipped (1, 2, 2, 4).</summary>
/// <param name="FirstPlaces">How many voters put this option first.</param>
public sealed record ReportRankingPlace(int Place, string Label, int Points, int FirstPlaces);
