using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

/// <summary>
/// An anonymous question or input (null attribution) is shown as "Anonymous" and nothing else in every
/// format: no name of anyone in the meeting, no organisation, next to it.
/// </summary>
public sealed class AnonymityTests
{
    private static readonly string[] s_names = [.. Samples.NamedPeople, "Africa Justice Forum", "Transparency Now", Samples.ArabicOrganisation];

    [Fact]
    public void Docx_rows_of_anonymous_question_and_input_name_nobody()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));

        var question = Assert.Single(docx.Rows, r => r.Contains(Samples.AnonymousQuestion));
        var input = Assert.Single(docx.Rows, r => r.Contains(Samples.AnonymousInputTitle));
        Assert.Equal("Anonymous", question[2]);
        Assert.Equal("Anonymous", input[3]);
        AssertNamesNobody(question.Concat(input));
    }

    [Fact]
    public void Csv_rows_of_anonymous_question_and_input_name_nobody()
    {
        var files = CsvReport.Write(Samples.English()).ToDictionary(f => f.Name);
        var questions = CsvFile.Parse(files[ReportFileNames.Questions].Content);
        var inputs = CsvFile.Parse(files[ReportFileNames.Inputs].Content);

        var question = Assert.Single(questions.Rows, r => r.Contains(Samples.AnonymousQuestion));
        var input = Assert.Single(inputs.Rows, r => r.Contains(Samples.AnonymousInputTitle));
        Assert.Equal("Anonymous", questions.Cell(question, "Asked by"));
        Assert.Equal("Anonymous", inputs.Cell(input, "Submitted by"));
        Assert.Equal(string.Empty, inputs.Cell(input, "Organisation"));
        AssertNamesNobody(question.Concat(input));
    }

    [Fact]
    public void Json_objects_of_anonymous_question_and_input_carry_null_attribution_and_name_nobody()
    {
        using var json = JsonDocument.Parse(ReportJson.Write(Samples.English()));
        var panel = json.RootElement.GetProperty("report").GetProperty("items")[1].GetProperty("parts")[0];

        var question = Assert.Single(panel.GetProperty("questions").EnumerateArray(), q => q.GetProperty("text").GetString() == Samples.AnonymousQuestion);
        var input = Assert.Single(panel.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("title").GetString() == Samples.AnonymousInputTitle);
        Assert.Equal(JsonValueKind.Null, question.GetProperty("askedBy").ValueKind);
        Assert.Equal(JsonValueKind.Null, input.GetProperty("attribution").ValueKind);
        Assert.Equal(JsonValueKind.Null, input.GetProperty("organisation").ValueKind);
        AssertNamesNobody([question.GetRawText(), input.GetRawText()]);
    }

    [Fact]
    public void Anonymous_poll_is_counted_without_a_voter_anywhere()
    {
        // Polls carry counts only: the model has no voter field to leak, and the writers add none.
        var json = Encoding.UTF8.GetString(ReportJson.Write(Samples.English()));
        using var document = JsonDocument.Parse(json);
        var poll = document.RootElement.GetProperty("report").GetProperty("items")[1].GetProperty("parts")[1].GetProperty("polls")[1];

        Assert.True(poll.GetProperty("anonymous").GetBoolean());
        Assert.Equal(
            ["id", "question", "kind", "anonymous", "state", "voters", "guidingQuestion", "options", "rating", "ranking", "texts"],
            poll.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, poll.GetProperty("voters").ValueKind);
    }

    private static void AssertNamesNobody(IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            foreach (var name in s_names)
            {
                Assert.False(cell.Contains(name, StringComparison.Ordinal), $"'{name}' appears beside an anonymous entry: {cell}");
            }
        }
    }
}
