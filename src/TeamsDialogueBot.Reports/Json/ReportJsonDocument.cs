using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Json;

/// <summary>The root of report.json: the schema version first, so a reader can tell before it reads the rest.</summary>
internal sealed record ReportJsonDocument(int SchemaVersion, ReportModel Report);
