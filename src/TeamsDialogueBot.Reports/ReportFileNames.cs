namespace TeamsDialogueBot.Reports;

/// <summary>The names of a report's files; stable, so links and scripts can rely on them.</summary>
public static class ReportFileNames
{
    public const string Docx = "report.docx";
    public const string Json = "report.json";
    public const string Interventions = "interventions.csv";
    public const string Figures = "figures.csv";
    public const string Polls = "polls.csv";
    public const string Questions = "questions.csv";
    public const string Inputs = "inputs.csv";
    public const string ChairActions = "chair-actions.csv";

    /// <summary>The CSV files in one archive, for "download all tables".</summary>
    public const string CsvZip = "report-tables.zip";
}
