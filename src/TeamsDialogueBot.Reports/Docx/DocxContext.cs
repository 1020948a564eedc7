using System.Globalization;
using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>What every section of the document is written with.</summary>
internal sealed record DocxContext(DocxBuilder Builder, ReportModel Model, ReportLabels Labels, CultureInfo Culture, IReadOnlyDictionary<int, string> GuidingQuestions)
{
    public bool RightToLeft => Builder.RightToLeft;

    public string Time(DateTimeOffset at) => ReportText.Time(at, Culture);

    public string Field(string name, string value) => ReportText.Format(Culture, Labels.FieldFormat, name, value);

    public string Percent(double percent) => ReportText.Percent(percent, Culture);

    public string Integer(int value) => value.ToString("N0", Culture);

    /// <summary>"q3. Which …?" when the programme has the question, else "q3".</summary>
    public string GuidingQuestion(int number) =>
        GuidingQuestions.TryGetValue(number, out var text)
            ? $"{ReportText.GuidingQuestion(Labels, number)}. {text}"
            : ReportText.GuidingQuestion(Labels, number);
}
