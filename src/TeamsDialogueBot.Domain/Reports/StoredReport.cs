namespace TeamsDialogueBot.Domain.Reports;

/// <summary>A live link and the report it opens: <paramref name="Report"/> is the report.json made when the chair asked.</summary>
public sealed record StoredReport(ReportLink Link, string Report);
