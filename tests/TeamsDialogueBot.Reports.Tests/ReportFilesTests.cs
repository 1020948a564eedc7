using System.IO.Compression;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

public sealed class ReportFilesTests
{
    [Fact]
    public void Writes_the_document_the_tables_the_json_and_a_zip_of_the_tables()
    {
        var files = ReportFiles.Write(Samples.English());

        Assert.Equal(
            ["report.docx", "interventions.csv", "figures.csv", "polls.csv", "questions.csv", "inputs.csv", "chair-actions.csv", "report.json", "report-tables.zip"],
            files.Select(f => f.Name));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", files[0].ContentType);
        Assert.Equal("application/json; charset=utf-8", files[7].ContentType);
        Assert.Equal("application/zip", files[8].ContentType);
        Assert.All(files, f => Assert.False(f.Content.IsEmpty, f.Name));
    }

    [Fact]
    public void The_zip_holds_each_csv_file_byte_for_byte()
    {
        var model = Samples.English();
        var files = ReportFiles.Write(model);
        using var zip = new ZipArchive(new MemoryStream(files.Single(f => f.Name == ReportFileNames.CsvZip).Content.ToArray()), ZipArchiveMode.Read);

        var csv = CsvReport.Write(model);
        Assert.Equal(csv.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            Assert.Equal(csv.Single(f => f.Name == entry.FullName).Content.ToArray(), content.ToArray());
            Assert.Equal(model.GeneratedAt.DateTime, entry.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void The_same_report_gives_the_same_tables_and_json()
    {
        var first = ReportFiles.Write(Samples.English());
        var second = ReportFiles.Write(Samples.English());

        foreach (var name in new[] { "interventions.csv", "polls.csv", "report.json", "report-tables.zip" })
        {
            Assert.Equal(first.Single(f => f.Name == name).Content.ToArray(), second.Single(f => f.Name == name).Content.ToArray());
        }
    }
}
