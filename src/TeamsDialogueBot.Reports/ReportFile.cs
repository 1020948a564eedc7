namespace TeamsDialogueBot.Reports;

/// <summary>One file of a report, ready to be served: its name (see <see cref="ReportFileNames"/>), HTTP content type and bytes.</summary>
public sealed record ReportFile(string Name, string ContentType, ReadOnlyMemory<byte> Content);
