using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>
/// The styles part and the bullet list definition. Headings are Word's built-in Heading 1–3 (same ids,
/// names and outline levels), so the Secretariat's navigation pane, table of contents and house template
/// all recognise them.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string ListBullet = "ListBullet";
    public const string TableText = "TableText";
    public const string AfterTable = "AfterTable";
    public const string Table = "ReportTable";
    public const string HeaderFill = "D9E2F3";
    public const int BulletNumberingId = 1;

    public static string Heading(int level) => level switch
    {
        1 => "Heading1",
        2 => "Heading2",
        _ => "Heading3",
    };

    public static Styles Build(string language, bool rightToLeft)
    {
        var languages = new Languages { Val = language };
        if (rightToLeft)
        {
            languages.Bidi = language;
        }
        else if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase))
        {
            languages.EastAsia = language;
        }

        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial" },
                FontSize = new FontSize { Val = "22" },
                FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
                Languages = languages,
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            }));

        return new Styles(
            defaults,
            Paragraph("Normal", "Normal", basedOn: null, isDefault: true, new StyleParagraphProperties(), new StyleRunProperties()),
            Paragraph(Title, "Title", "Normal", isDefault: false,
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "120" } },
                Sized(40, bold: true)),
            Paragraph(Subtitle, "Subtitle", "Normal", isDefault: false,
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "240" } },
                Sized(28, bold: false)),
            HeadingStyle(1, 32, before: 360),
            HeadingStyle(2, 26, before: 240),
            HeadingStyle(3, 22, before: 200),
            Paragraph(ListBullet, "List Bullet", "Normal", isDefault: false,
                new StyleParagraphProperties
                {
                    NumberingProperties = new NumberingProperties { NumberingLevelReference = new NumberingLevelReference { Val = 0 }, NumberingId = new NumberingId { Val = BulletNumberingId } },
                    SpacingBetweenLines = new SpacingBetweenLines { After = "60" },
                },
                new StyleRunProperties()),
            Paragraph(TableText, "Table Text", "Normal", isDefault: false,
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
                Sized(18, bold: false)),
            Paragraph(AfterTable, "After Table", "Normal", isDefault: false,
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "60" } },
                Sized(12, bold: false)),
            TableStyle());
    }

    /// <summary>One bullet level; in a right-to-left paragraph Word mirrors the indent itself.</summary>
    public static Numbering BulletNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Style HeadingStyle(int level, int halfPoints, int before) =>
        Paragraph(Heading(level), $"heading {level}", "Normal", isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" },
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            Sized(halfPoints, bold: true));

    private static StyleRunProperties Sized(int halfPoints, bool bold)
    {
        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var properties = new StyleRunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        properties.FontSize = new FontSize { Val = size };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        return properties;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name }, PrimaryStyle = new PrimaryStyle() };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = "Normal" };
        }

        if (paragraph.HasChildren)
        {
            style.StyleParagraphProperties = paragraph;
        }

        if (run.HasChildren)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }

    private static Style TableStyle()
    {
        static T Border<T>()
            where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "8EA9DB" };

        return new Style
        {
            Type = StyleValues.Table,
            StyleId = Table,
            StyleName = new StyleName { Val = "Report Table" },
            PrimaryStyle = new PrimaryStyle(),
            StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders
                {
                    TopBorder = Border<TopBorder>(),
                    LeftBorder = Border<LeftBorder>(),
                    BottomBorder = Border<BottomBorder>(),
                    RightBorder = Border<RightBorder>(),
                    InsideHorizontalBorder = Border<InsideHorizontalBorder>(),
                    InsideVerticalBorder = Border<InsideVerticalBorder>(),
                },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TopMargin = new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    TableCellLeftMargin = new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    BottomMargin = new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa },
                },
            },
        };
    }
}
