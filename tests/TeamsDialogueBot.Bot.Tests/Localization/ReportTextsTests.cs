using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Reports;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The report's labels come from the resources in every language; English stays the labels the writers were built on.</summary>
public sealed class ReportTextsTests
{
    [Fact]
    public void Every_label_of_the_report_has_a_resource()
    {
        var english = ResourceFiles.Of("en");

        var missing = ReportTexts.Keys.Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Fact]
    public void English_labels_are_the_writers_own_and_the_others_are_translated()
    {
        Assert.Same(ReportLabels.English, ReportTexts.LabelsFor(Texts.English));

        var french = ReportTexts.LabelsFor(Texts.For("fr"));
        Assert.Equal("Résumé de la présidence (projet)", french.DocumentKind);
        Assert.Equal("Liste des orateurs", Texts.For("fr")["Queue.Title"]);
        Assert.Equal("Выступления", ReportTexts.LabelsFor(Texts.For("ru")).Interventions);
        Assert.Equal("主席总结（草稿）", ReportTexts.LabelsFor(Texts.For("zh")).DocumentKind);
        Assert.NotEqual(ReportLabels.English.Interventions, ReportTexts.LabelsFor(Texts.For("es")).Interventions);
    }
}
