namespace TeamsDialogueBot.Reports.Model;

public enum ReportPollState
{
    /// <summary>Still taking answers when the report was made: the figures may still change.</summary>
    Open,
    Closed,
}
