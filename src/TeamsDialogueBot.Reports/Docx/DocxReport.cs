using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>The draft Chair's summary as a Word document the Secretariat edits into the final one.</summary>
public static class DocxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ReportModel model, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        labels ??= ReportLabels.English;
        var rightToLeft = ReportText.IsRightToLeft(model.Language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = model.Title;
            document.PackageProperties.Subject = labels.DocumentKind;
            document.PackageProperties.Language = model.Language;
            document.PackageProperties.Created = model.GeneratedAt.UtcDateTime;

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build(model.Language, rightToLeft);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.BulletNumbering();
            var body = new Body();
            main.Document = new Document(body);

            var context = new DocxContext(new DocxBuilder(body, rightToLeft), model, labels, ReportText.Culture(model.Language), ReportText.GuidingQuestionTexts(model));
            DocxContent.Write(context);
            body.AppendChild(Section(rightToLeft));
        }

        return stream.ToArray();
    }

    // A4 portrait with 2 cm margins; a right-to-left section also puts page columns and the gutter on the right.
    private static SectionProperties Section(bool rightToLeft)
    {
        var section = new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });
        if (rightToLeft)
        {
            section.AppendChild(new BiDi());
        }

        return section;
    }
}
