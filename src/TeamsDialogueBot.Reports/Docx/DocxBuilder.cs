using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsDialogueBot.Reports.Formatting;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>
/// Appends headings, paragraphs and tables to a document body in the report's styles, right to left when
/// the dialogue's language is. Text is user text: it goes into text nodes only, never into fields or
/// hyperlinks, so nothing a participant typed becomes a link or an instruction in Word.
/// </summary>
internal sealed class DocxBuilder(Body body, bool rightToLeft)
{
    // A4 with 2 cm margins: the width tables share out between their columns, in twentieths of a point.
    public const int TextWidth = 11906 - (2 * 1134);

    // About a third of an A4 page of table text: longer rows may break across pages (see KeepsTogether).
    private const int LinesKeptTogether = 20;

    public bool RightToLeft => rightToLeft;

    public void Heading(int level, string text) => body.AppendChild(NewParagraph(DocxStyles.Heading(level), text, bold: false));

    public void Title(string text) => body.AppendChild(NewParagraph(DocxStyles.Title, text, bold: false));

    public void Subtitle(string text) => body.AppendChild(NewParagraph(DocxStyles.Subtitle, text, bold: false));

    public void Paragraph(string text, bool bold = false) => body.AppendChild(NewParagraph(style: null, text, bold));

    /// <summary>A line of the document's header block or of a list in the programme.</summary>
    public void Bullet(string text) => body.AppendChild(NewParagraph(DocxStyles.ListBullet, text, bold: false));

    /// <summary>A table with a header row Word repeats on every page; an empty one is written as "None."</summary>
    public void Table(IReadOnlyList<DocxColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var table = new Table();
        var properties = new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyles.Table },
            TableWidth = new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
        };
        if (rightToLeft)
        {
            properties.BiDiVisual = new BiDiVisual();
        }

        table.AppendChild(properties);
        var grid = new TableGrid();
        var widths = columns.Select(c => TextWidth * c.Weight / totalWeight).ToArray();
        foreach (var width in widths)
        {
            grid.AppendChild(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.AppendChild(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.AppendChild(Cell(columns[i].Header, widths[i], isHeader: true));
        }

        table.AppendChild(header);
        foreach (var row in rows)
        {
            var tableRow = new TableRow(KeepsTogether(row, widths) ? new TableRowProperties(new CantSplit()) : new TableRowProperties());
            for (var i = 0; i < columns.Count; i++)
            {
                tableRow.AppendChild(Cell(i < row.Count ? row[i] : string.Empty, widths[i], isHeader: false));
            }

            table.AppendChild(tableRow);
        }

        body.AppendChild(table);

        // Two tables in a row would merge into one when the Secretariat edits the draft; a paragraph keeps them apart.
        body.AppendChild(NewParagraph(DocxStyles.AfterTable, string.Empty, bold: false));
    }

    /// <summary>
    /// Whether a row is short enough to be kept on one page. A row that may not split and is taller than the page is cut
    /// off by Word at the page's foot, and an input's description (2,000 characters, line breaks allowed) can be; so
    /// only rows of at most <see cref="LinesKeptTogether"/> lines, as estimated, are kept together.
    /// </summary>
    private static bool KeepsTogether(IReadOnlyList<string> row, int[] widths)
    {
        for (var i = 0; i < row.Count && i < widths.Length; i++)
        {
            // Table text is 9 pt: about 100 twips a character on average, less the cell's margins.
            var perLine = Math.Max(1, (widths[i] - 200) / 100);
            var lines = 0;
            foreach (var line in row[i].AsSpan().EnumerateLines())
            {
                lines += Math.Max(1, (line.Length + perLine - 1) / perLine);
                if (lines > LinesKeptTogether)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private TableCell Cell(string text, int width, bool isHeader)
    {
        var properties = new TableCellProperties { TableCellWidth = new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        if (isHeader)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = DocxStyles.HeaderFill };
        }

        return new TableCell(properties, NewParagraph(DocxStyles.TableText, text, isHeader));
    }

    private Paragraph NewParagraph(string? style, string text, bool bold)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        // In a right-to-left document a paragraph of Latin or Chinese text only (an organisation's name, a link,
        // an English label not yet translated) reads left to right, as HTML's dir="auto" would have it;
        // everything else, numbers and empty cells included, follows the document.
        if (rightToLeft && !(ReportText.HasLeftToRightText(text) && !ReportText.HasRightToLeftText(text)))
        {
            properties.BiDi = new BiDi();
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.AppendChild(properties);
        }

        if (text.Length > 0)
        {
            paragraph.AppendChild(NewRun(text, bold));
        }

        return paragraph;
    }

    private static Run NewRun(string text, bool bold)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        // Only runs that hold right-to-left letters are marked so: a name or a figure in Latin script inside
        // an Arabic paragraph keeps its own direction, as Word does when one types it.
        if (ReportText.HasRightToLeftText(text))
        {
            properties.RightToLeftText = new RightToLeftText();
        }

        if (properties.HasChildren)
        {
            run.AppendChild(properties);
        }

        var line = new StringBuilder();
        void Flush()
        {
            if (line.Length > 0)
            {
                run.AppendChild(new Text(line.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                line.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    Flush();
                    run.AppendChild(new Break());
                    break;
                case '\t':
                    Flush();
                    run.AppendChild(new TabChar());
                    break;
                case var bidi when BidiControls.Is(bidi):
                    break;
                default:
                    if (XmlChars.IsAllowed(text, i, out var width))
                    {
                        line.Append(text, i, width);
                    }

                    i += width - 1;
                    break;
            }
        }

        Flush();
        return run;
    }
}
