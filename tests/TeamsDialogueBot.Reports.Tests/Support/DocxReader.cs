using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsDialogueBot.Reports.Tests.Support;

/// <summary>A written DOCX read back with DocumentFormat.OpenXml: its text, tables, headings and validation errors.</summary>
public sealed class DocxReader : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxReader(ReadOnlyMemory<byte> docx)
    {
        _stream = new MemoryStream(docx.ToArray(), writable: false);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
        Body = Document.MainDocumentPart!.Document!.Body!;
    }

    public WordprocessingDocument Document { get; }

    public Body Body { get; }

    /// <summary>Every paragraph's text, line breaks as "\n", tables included.</summary>
    public IReadOnlyList<string> Paragraphs => [.. Body.Descendants<Paragraph>().Select(Text)];

    public string AllText => string.Join("\n", Paragraphs);

    /// <summary>Each table as rows of cell texts, header row first.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables =>
        [.. Body.Descendants<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(Text)))])])];

    public IEnumerable<IReadOnlyList<string>> Rows => Tables.SelectMany(t => t);

    /// <summary>(style id, text) of every paragraph with a style.</summary>
    public IReadOnlyList<(string Style, string Text)> StyledParagraphs =>
        [.. Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not null).Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, Text(p)))];

    /// <summary>The validator's errors against the oldest schema Word reads (2007) and the newest (Microsoft 365).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(Document).Select(e => $"{version}: {e.ErrorType} {e.Path?.XPath} {e.Part?.Uri}: {e.Description}"))];

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            TabChar => "\t",
            _ => string.Empty,
        }));
}
