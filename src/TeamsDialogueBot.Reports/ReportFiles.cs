using System.IO.Compression;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports;

/// <summary>Every file of a report at once: what the download link serves.</summary>
public static class ReportFiles
{
    public const string ZipContentType = "application/zip";

    /// <summary>report.docx, the six CSV tables, report.json and report-tables.zip (the CSV files together), in that order.</summary>
    public static IReadOnlyList<ReportFile> Write(ReportModel model, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        labels ??= ReportLabels.English;
        var csv = CsvReport.Write(model, labels);
        return
        [
            new ReportFile(ReportFileNames.Docx, DocxReport.ContentType, DocxReport.Write(model, labels)),
            .. csv,
            new ReportFile(ReportFileNames.Json, ReportJson.ContentType, ReportJson.Write(model)),
            Zip(ReportFileNames.CsvZip, csv, model.GeneratedAt),
        ];
    }

    /// <summary>
    /// The files in one ZIP archive. Entries carry <paramref name="modifiedAt"/> rather than the clock, so the
    /// same report gives the same archive.
    /// </summary>
    public static ReportFile Zip(string name, IEnumerable<ReportFile> files, DateTimeOffset modifiedAt)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(file.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = ZipTime(modifiedAt);
                using var content = entry.Open();
                content.Write(file.Content.Span);
            }
        }

        return new ReportFile(name, ZipContentType, stream.ToArray());
    }

    // ZIP stores DOS times, which begin in 1980 and have no time zone.
    private static DateTimeOffset ZipTime(DateTimeOffset at) =>
        at.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, at.Offset) : at;
}
