using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Host.Tests.Reports;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>The co-chairs' report carries the inputs: visible ones only, in their item or panel, attributed as chosen.</summary>
public sealed class InputReportTests : IAsyncLifetime
{
    private ReportHost _report = null!;

    public async Task InitializeAsync() => _report = await ReportHost.StartAsync();

    public async Task DisposeAsync() => await _report.DisposeAsync();

    [Fact]
    public async Task The_report_holds_each_visible_input_in_its_part_as_attributed_and_open_text_answers_anonymously()
    {
        await SubmitAsync(ReportHost.Eva, "Named helpline", "Named", "2");
        await SubmitAsync(ReportHost.Farid, "Anonymous shelter", "Anonymous", "2.1");
        await SubmitAsync(ReportHost.Eva, "Hidden one", "Named", "2");
        await SubmitAsync(ReportHost.Eva, "Withdrawn one", "Named", "2");
        await _report.SayAsync(Teams.Chair, "inputs hide i3");
        var withdraw = new JsonObject { ["verb"] = InputVerbs.Withdraw, [InputVerbs.InputKey] = "i4" };
        await _report.Host.SendAsync(_report.Teams.Execute(ReportHost.Eva, InputVerbs.Withdraw, withdraw));
        await _report.SayAsync(Teams.Chair, "goto III");
        var poll = await _report.LaunchAsync("poll q4");
        await _report.VoteAsync(ReportHost.Eva, poll, new JsonObject { ["pollId"] = "p1", ["text"] = "More shelters" });
        await _report.VoteAsync(ReportHost.Farid, poll, new JsonObject { ["pollId"] = "p1", ["text"] = "More shelters" });

        var (_, token, _) = await _report.ReportAsync("report III");
        using var response = await _report.GetAsync($"/report/{token}/report.json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var parts = json["report"]!["items"]!.AsArray().Single()!["parts"]!.AsArray();
        var own = parts.Single(p => p!["panel"] is null)!["inputs"]!.AsArray();
        var panel1 = parts.Single(p => (int?)p!["panel"] == 1)!["inputs"]!.AsArray();
        var named = own.Single(i => (string?)i!["title"] == "Named helpline")!;
        Assert.Equal(("Eva Novak, Migrant Rights Network", "Migrant Rights Network", "https://example.org/helpline"), ((string?)named["attribution"], (string?)named["organisation"], (string?)named["link"]));
        var anonymous = Assert.Single(panel1)!;
        Assert.Equal(("Anonymous shelter", null, null), ((string?)anonymous["title"], (string?)anonymous["attribution"], (string?)anonymous["organisation"]));
        var answer = own.Single(i => ((string?)i!["description"] ?? "").StartsWith("More shelters", StringComparison.Ordinal))!;
        Assert.Equal(("More shelters (×2)", 4, null), ((string?)answer["description"], (int?)answer["guidingQuestion"], (string?)answer["attribution"]));
        var everything = json.ToJsonString();
        Assert.DoesNotContain("Hidden one", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdrawn one", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Farid", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportHost.Farid.AadObjectId, everything, StringComparison.Ordinal);
    }

    // Through the agenda card's form, in the meeting: the presser's own view, submitted there.
    private async Task SubmitAsync(TeamsUser user, string title, string attribution, string position)
    {
        using var formResponse = await _report.Host.SendAsync(_report.Teams.Execute(user, InputVerbs.Form));
        var form = JsonNode.Parse(await formResponse.Content.ReadAsStringAsync())!["value"]!;
        var data = InputHost.Data(form, InputVerbs.Submit, InputHost.Filled(title, more: new JsonObject
        {
            [InputVerbs.AttributionField] = attribution,
            [InputVerbs.ItemField] = position,
        }));
        using var saved = await _report.Host.SendAsync(_report.Teams.Execute(user, InputVerbs.Submit, data));
        Assert.Contains("saved", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
