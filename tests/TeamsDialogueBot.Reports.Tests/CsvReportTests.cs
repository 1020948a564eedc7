using TeamsDialogueBot.Benchmarks.Reports;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

public sealed class CsvReportTests
{
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static Dictionary<string, ReportFile> Files(Model.ReportModel model) => CsvReport.Write(model).ToDictionary(f => f.Name);

    [Fact]
    public void Writes_one_file_per_table()
    {
        Assert.Equal(
            [ReportFileNames.Interventions, ReportFileNames.Figures, ReportFileNames.Polls, ReportFileNames.Questions, ReportFileNames.Inputs, ReportFileNames.ChairActions],
            CsvReport.Write(Samples.English()).Select(f => f.Name));
    }

    [Fact]
    public void Every_file_is_UTF8_with_a_BOM_and_CRLF_records_and_parses_back()
    {
        foreach (var file in CsvReport.Write(Samples.English()))
        {
            var bytes = file.Content.ToArray();
            Assert.True(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), $"{file.Name} has no UTF-8 byte order mark");
            Assert.EndsWith("\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            Assert.Equal("text/csv; charset=utf-8; header=present", file.ContentType);
            var csv = CsvFile.Parse(file.Content);
            Assert.Equal("Item", csv.Header[0]);
            Assert.All(csv.Rows, r => Assert.Equal(csv.Header.Count, r.Count));
        }
    }

    [Fact]
    public void Every_intervention_question_input_and_poll_answer_is_a_row()
    {
        var model = Samples.English();
        var files = Files(model);

        var interventions = CsvFile.Parse(files[ReportFileNames.Interventions].Content);
        Assert.Equal(Samples.Interventions(model).Select(i => i.Speaker), interventions.Column("Speaker"));
        Assert.Equal(["171", "171", "171", "172", "173", "174"], interventions.Column("Speaking time (s)"));
        Assert.Equal(["Room", "Room", "Remote", "Room", "Remote", "Room"], interventions.Column("Channel"));
        Assert.Equal(["No", "No", "No", "Yes", "No", "No"], interventions.Column("From a phone"));
        Assert.Equal("2024-07-15 11:00:00", interventions.Column("Floor from")[2]);

        var questions = CsvFile.Parse(files[ReportFileNames.Questions].Content);
        Assert.Equal(Samples.Questions(model).Select(q => q.Votes.ToString()), questions.Column("Votes"));

        var inputs = CsvFile.Parse(files[ReportFileNames.Inputs].Content);
        Assert.Equal(Samples.Inputs(model).Select(i => i.Title), inputs.Column("Title"));
        Assert.Equal(["q1", "q2", ""], inputs.Column("Guiding question"));

        var polls = CsvFile.Parse(files[ReportFileNames.Polls].Content);
        var p1 = polls.Rows.Where(r => polls.Cell(r, "Poll") == "p1").ToList();
        Assert.Equal(["Country visits", "Written submissions", "'=1+1 formula option"], p1.Select(r => polls.Cell(r, "Answer")));
        Assert.Equal(["21", "12", "4"], p1.Select(r => polls.Cell(r, "Votes")));
        Assert.Equal(["56.8", "32.4", "10.8"], p1.Select(r => polls.Cell(r, "Share of voters (%)")));
        var ranking = polls.Rows.Where(r => polls.Cell(r, "Poll") == "p4").ToList();
        Assert.Equal(["1", "2", "3"], ranking.Select(r => polls.Cell(r, "Place")));
        Assert.Equal(["13", "9", "2"], ranking.Select(r => polls.Cell(r, "Points")));
        Assert.Equal(["3.7"], polls.Rows.Where(r => polls.Cell(r, "Poll") == "p3").Select(r => polls.Cell(r, "Average")).Distinct());
        Assert.Equal(Samples.Polls(model).Sum(p => Math.Max(1, p.Options.Count + p.Ranking.Count + p.Texts.Count + (p.Rating?.Distribution.Count ?? 0))), polls.Rows.Count);
    }

    [Fact]
    public void Cells_that_start_like_a_formula_are_neutralised_with_a_quote()
    {
        var files = Files(Samples.English());
        var cells = files.Values.SelectMany(f => CsvFile.Parse(f.Content).Rows.SelectMany(r => r)).ToList();

        foreach (var injected in Samples.InjectionTexts)
        {
            Assert.Contains("'" + injected, cells);
            Assert.DoesNotContain(injected, cells);
        }

        Assert.All(cells, cell => Assert.False(cell.Length > 0 && s_formulaStarts.Contains(cell[0]), $"cell '{cell}' would run as a formula"));
    }

    [Fact]
    public void Figures_give_each_channel_group_first_time_and_total_row_with_attendance_on_the_total()
    {
        var figures = CsvFile.Parse(Files(Samples.English())[ReportFileNames.Figures].Content);
        var session = figures.Rows.Where(r => figures.Cell(r, "Item") == "Whole session").ToList();

        Assert.Equal(["Room", "Remote", "NGOs", "Academia", "First-time speakers", "Total"], session.Select(r => figures.Cell(r, "Channel or group")));
        Assert.Equal(["3", "2", "2", "1", "3", "5"], session.Select(r => figures.Cell(r, "Requests")));
        Assert.Equal(["", "", "", "", "", "48"], session.Select(r => figures.Cell(r, "Online attendees")));
        Assert.Equal("2", figures.Cell(session[^1], "Online attendees who took the floor"));
        Assert.Equal("1", figures.Cell(session[^1], "Requests from phones"));
        Assert.Equal("100", figures.Cell(session[^1], "Share of speaking time (%)"));
        Assert.Equal(12, figures.Rows.Count);
    }

    [Fact]
    public void Arabic_and_Chinese_text_survives()
    {
        var interventions = CsvFile.Parse(Files(Samples.Arabic())[ReportFileNames.Interventions].Content);

        Assert.Contains(Samples.ArabicSpeaker, interventions.Column("Speaker"));
        Assert.Contains(Samples.ArabicOrganisation, interventions.Column("Organisation"));
        Assert.Contains(Samples.ChineseSpeaker, interventions.Column("Speaker"));
        Assert.Contains(Samples.ChineseOrganisation, interventions.Column("Organisation"));
    }

    [Fact]
    public void Large_meeting_has_a_row_for_everything()
    {
        var model = LargeMeeting.Create();
        var files = Files(model);

        Assert.Equal(LargeMeeting.Interventions, CsvFile.Parse(files[ReportFileNames.Interventions].Content).Rows.Count);
        Assert.Equal(LargeMeeting.Inputs, CsvFile.Parse(files[ReportFileNames.Inputs].Content).Rows.Count);
        Assert.Equal(LargeMeeting.Questions, CsvFile.Parse(files[ReportFileNames.Questions].Content).Rows.Count);
        Assert.Equal(LargeMeeting.Polls, CsvFile.Parse(files[ReportFileNames.Polls].Content).Column("Poll").Distinct().Count());
    }
}
