namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// "Equal footing" figures of one channel or stakeholder group on one item. Shares are fractions
/// (0–1) of the item's totals; averages are zero when there was no intervention.
/// </summary>
public sealed record FloorFigureRow(
    string Key,
    int Requests,
    int Interventions,
    TimeSpan TotalSpeaking,
    TimeSpan AverageSpeaking,
    TimeSpan AverageWait,
    double ShareOfSpeaking,
    double ShareOfRequests);
