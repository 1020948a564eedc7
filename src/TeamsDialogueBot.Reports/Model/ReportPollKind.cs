namespace TeamsDialogueBot.Reports.Model;

public enum ReportPollKind
{
    SingleChoice,
    MultipleChoice,
    Rating,
    OpenText,

    /// <summary>Scored by Borda count.</summary>
    Ranking,
}
