using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>What a live report link serves: the report as made, and its files written from it.</summary>
public sealed record ReportDownload(ReportLink Link, ReportModel Model, IReadOnlyList<ReportFile> Files)
{
    public ReportFile? File(string name) => Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
