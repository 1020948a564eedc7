using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

/// <summary>
/// Names come from Teams as people set them: a guest can call themselves "\u202EanA" (a right-to-left override), which
/// Word and Excel show reversed, as "Ana". The report files must show what the name is, not what it pretends to be.
/// </summary>
public sealed class BidiOverrideTests
{
    private const string Spoofing = "\u202Eenoy\u2066 Ortiz\u2069";
    private static readonly System.Buffers.SearchValues<char> Overrides = System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static ReportModel WithSpoofingNames()
    {
        var model = Samples.English();
        return model with
        {
            Items = [.. model.Items.Select(item => item with
            {
                Parts = [.. item.Parts.Select(part => part with
                {
                    Interventions = [.. part.Interventions.Select(i => i with { Speaker = Spoofing, Organisation = "\u202BUNODC\u202C" })],
                    Questions = [.. part.Questions.Select(q => q with { AskedBy = q.AskedBy is null ? null : Spoofing })],
                    Inputs = [.. part.Inputs.Select(i => i with { Attribution = i.Attribution is null ? null : Spoofing })],
                })],
            })],
        };
    }

    [Fact]
    public void The_csv_files_carry_no_bidirectional_override()
    {
        var cells = CsvReport.Write(WithSpoofingNames()).SelectMany(f => CsvFile.Parse(f.Content).Rows.SelectMany(r => r)).ToList();

        Assert.Contains("enoy Ortiz", cells);
        Assert.Contains("UNODC", cells);
        Assert.DoesNotContain(cells, c => c.AsSpan().ContainsAny(Overrides));
    }

    [Fact]
    public void The_docx_carries_no_bidirectional_override()
    {
        using var docx = new DocxReader(DocxReport.Write(WithSpoofingNames()));
        var cells = docx.Rows.SelectMany(r => r).ToList();

        Assert.Contains("enoy Ortiz", cells);
        Assert.DoesNotContain(cells.Concat(docx.Paragraphs), c => c.AsSpan().ContainsAny(Overrides));
    }
}
