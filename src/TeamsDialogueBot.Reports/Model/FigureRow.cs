namespace TeamsDialogueBot.Reports.Model;

/// <summary>
/// One line of equal-footing figures. Every request counts, whatever became of it; interventions are the
/// requests that got the floor, and the average wait is over those.
/// </summary>
public sealed record FigureRow(int Requests, int Interventions, TimeSpan SpeakingTime, TimeSpan AverageWait);
