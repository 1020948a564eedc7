using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

/// <summary>The DOCX as another word processor reads it: LibreOffice's text conversion of the report.</summary>
public sealed class LibreOfficeConversionTests
{
    [SkippableFact]
    public void LibreOffice_reads_every_intervention_poll_tally_input_and_question()
    {
        var model = Samples.English();
        var lines = LibreOffice.ConvertToText(DocxReport.Write(model)).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var text = string.Join("\n", lines);

        Assert.Contains(model.Title, lines);
        foreach (var i in Samples.Interventions(model))
        {
            Assert.Contains(i.Speaker, lines);
        }

        // LibreOffice writes a table one cell per line: an option's label is followed by its votes and share.
        foreach (var poll in Samples.Polls(model))
        {
            Assert.Contains($"{poll.Id}. {poll.Question}", text, StringComparison.Ordinal);
            foreach (var option in poll.Options)
            {
                Assert.Contains($"{option.Label}\n{option.Votes}\n{option.Percent:0.0}%", text, StringComparison.Ordinal);
            }

            foreach (var place in poll.Ranking)
            {
                Assert.Contains($"{place.Place}\n{place.Label}\n{place.Points}\n{place.FirstPlaces}", text, StringComparison.Ordinal);
            }

            foreach (var answer in poll.Texts)
            {
                Assert.Contains($"{answer.Text}\n{answer.Count}", text, StringComparison.Ordinal);
            }
        }

        foreach (var input in Samples.Inputs(model))
        {
            Assert.Contains(input.Title, lines);
        }

        foreach (var question in Samples.Questions(model))
        {
            Assert.Contains(question.Text, lines);
        }
    }

    [SkippableFact]
    public void LibreOffice_reads_the_Arabic_report_with_its_Arabic_and_Chinese_text()
    {
        var model = Samples.Arabic();
        var lines = LibreOffice.ConvertToText(DocxReport.Write(model)).Split('\n').Select(l => l.Trim('\r', '\uFEFF')).ToList();

        Assert.Contains(model.Title, lines);
        Assert.Contains(Samples.ArabicSpeaker, lines);
        Assert.Contains(Samples.ArabicOrganisation, lines);
        Assert.Contains(Samples.ChineseSpeaker, lines);
        Assert.Contains(Samples.ChineseOrganisation, lines);
    }
}
