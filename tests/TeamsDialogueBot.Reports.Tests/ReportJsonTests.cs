using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Benchmarks.Reports;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

public sealed class ReportJsonTests
{
    [Fact]
    public void Starts_with_schema_version_1()
    {
        using var json = JsonDocument.Parse(ReportJson.Write(Samples.English()));
        var first = json.RootElement.EnumerateObject().First();

        Assert.Equal("schemaVersion", first.Name);
        Assert.Equal(1, first.Value.GetInt32());
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("report").ValueKind);
    }

    [Fact]
    public void Round_trips_every_field()
    {
        foreach (var model in new[] { Samples.English(), Samples.Arabic(), LargeMeeting.Create() })
        {
            var written = ReportJson.Write(model);
            var read = ReportJson.Read(written);

            Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(ReportJson.Write(read)));
            Assert.Equal(model.GeneratedAt, read.GeneratedAt);
            Assert.Equal(Samples.Interventions(model).Select(i => (i.Speaker, i.SpeakingTime, i.StartedAt, i.FromPhone)), Samples.Interventions(read).Select(i => (i.Speaker, i.SpeakingTime, i.StartedAt, i.FromPhone)));
            Assert.Equal(Samples.Polls(model).SelectMany(p => p.Options), Samples.Polls(read).SelectMany(p => p.Options));
            Assert.Equal(Samples.Questions(model), Samples.Questions(read));
            Assert.Equal(Samples.Inputs(model), Samples.Inputs(read));
        }
    }

    [Fact]
    public void Writes_enums_as_camel_case_names_and_times_with_their_offset()
    {
        using var json = JsonDocument.Parse(ReportJson.Write(Samples.English()));
        var report = json.RootElement.GetProperty("report");
        var tour = report.GetProperty("items")[1].GetProperty("parts")[1];
        var intervention = tour.GetProperty("interventions")[0];

        Assert.Equal("session", report.GetProperty("scope").GetString());
        Assert.Equal("2024-07-15", report.GetProperty("date").GetString());
        Assert.Equal("remote", intervention.GetProperty("channel").GetString());
        Assert.Equal("2024-07-15T11:00:00+02:00", intervention.GetProperty("startedAt").GetString());
        Assert.Equal("00:02:51", intervention.GetProperty("speakingTime").GetString());
        Assert.Equal(["singleChoice", "multipleChoice", "rating", "ranking", "openText"], tour.GetProperty("polls").EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal("open", tour.GetProperty("polls")[2].GetProperty("state").GetString());
        Assert.Equal(48, tour.GetProperty("figures").GetProperty("online").GetProperty("attendees").GetInt32());
        Assert.Equal(2.0 / 48, tour.GetProperty("figures").GetProperty("online").GetProperty("shareWhoTookTheFloor").GetDouble(), 6);
    }

    [Fact]
    public void Arabic_and_Chinese_text_is_written_as_is()
    {
        var text = Encoding.UTF8.GetString(ReportJson.Write(Samples.Arabic()));

        Assert.Contains(Samples.ArabicSpeaker, text, StringComparison.Ordinal);
        Assert.Contains(Samples.ChineseOrganisation, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_another_schema_version()
    {
        var json = Encoding.UTF8.GetString(ReportJson.Write(Samples.English())).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => ReportJson.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("schema version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_report_without_a_required_field()
    {
        var json = """{ "schemaVersion": 1, "report": { "title": "T", "language": "en", "generatedAt": "2024-07-15T18:00:00+02:00" } }""";

        Assert.Throws<JsonException>(() => ReportJson.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void A_poll_figure_that_is_not_a_number_does_not_fail_the_report()
    {
        var model = Samples.English() with
        {
            Items = [new ReportItem { Number = "I", Title = "Opening", Parts = [new ReportPart { Polls = [new ReportPoll { Id = "p1", Question = "Q?", Kind = ReportPollKind.SingleChoice, State = ReportPollState.Open, Voters = 0, Options = [new("A", 0, double.NaN)] }] }] }],
        };

        var read = ReportJson.Read(ReportJson.Write(model));

        Assert.True(double.IsNaN(read.Items[0].Parts[0].Polls[0].Options[0].Percent));
    }
}
