using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Reports;

/// <summary>
/// Panel Q&amp;A in the report, end to end: questions asked on a panel with upvotes, pre-moderation and a hidden one,
/// then `report III`; every format holds the questions everyone saw, with their votes, and no trace of an anonymous asker.
/// </summary>
public sealed class ReportQuestionsTests : IAsyncLifetime
{
    private static readonly TeamsUser Quinn = new("a0000001-7777-4888-8999-0000000000aa", "Quinn Hidden-Asker");
    private static readonly TeamsUser Rosa = new("a0000002-7777-4888-8999-0000000000bb", "Rosa Voter");
    private ReportHost _report = null!;

    public async Task InitializeAsync() => _report = await ReportHost.StartAsync([Quinn, Rosa]);

    public async Task DisposeAsync() => await _report.DisposeAsync();

    [SkippableFact]
    public async Task The_report_holds_the_questions_everyone_saw_by_votes_and_never_names_an_anonymous_asker()
    {
        await _report.SayAsync(Teams.Chair, "goto III.1");
        await _report.SayAsync(ReportHost.Eva, "ask Will the review mechanism be public?");
        await _report.SayAsync(Quinn, "ask anonymous How are the victims heard?");
        await _report.SayAsync(ReportHost.Farid, "ask Buy our product at example.com");
        var card = _report.Connector.Requests.Last(r => r.Route == "send" && r.Body?["attachments"] is not null && r.ConversationId == _report.Teams.ConversationId).ActivityId!;
        foreach (var voter in new[] { ReportHost.Eva, ReportHost.Farid, Rosa })
        {
            await UpvoteAsync(voter, card, 2);
        }

        await UpvoteAsync(Rosa, card, 1);
        await _report.SayAsync(Teams.Chair, "qa hide 3");
        await _report.SayAsync(Teams.Chair, "qa answered 1");
        await _report.SayAsync(Teams.Chair, "qa moderate on");
        await _report.SayAsync(Rosa, "ask Still waiting for approval?");
        await _report.Host.SettleAsync();

        var (_, token, _) = await _report.ReportAsync("report III");
        var files = new Dictionary<string, byte[]>();
        foreach (var name in new[] { "report.json", "questions.csv", "report.docx" })
        {
            using var response = await _report.GetAsync($"/report/{token}/{name}");
            files[name] = await response.Content.ReadAsByteArrayAsync();
        }

        var panel = ReportJson.Read(files["report.json"]).Items.Single().Parts.Single(p => p.Panel == 1);
        Assert.Equal(
            [("How are the victims heard?", null, 3, false), ("Will the review mechanism be public?", "Eva Novak", 1, true)],
            panel.Questions.Select(q => (q.Text, q.AskedBy, q.Votes, q.Answered)));

        var csv = CsvFile.Parse(files["questions.csv"]);
        Assert.Equal(["How are the victims heard?", "Will the review mechanism be public?"], csv.Column("Question"));

        var docx = LibreOffice.ConvertToText(files["report.docx"]);
        Assert.Contains("How are the victims heard?", docx, StringComparison.Ordinal);
        Assert.Contains("Will the review mechanism be public?", docx, StringComparison.Ordinal);

        var everything = string.Join("\n", files.Values.Select(ReportHost.Searchable)) + docx;
        Assert.DoesNotContain("Buy our product", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Still waiting for approval", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Quinn.Name, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Quinn.AadObjectId, everything, StringComparison.OrdinalIgnoreCase);
    }

    private Task<HttpResponseMessage> UpvoteAsync(TeamsUser voter, string cardId, int question) => _report.Host.SendAsync(_report.Teams.Execute(voter, QandAVerbs.Upvote, new JsonObject
    {
        ["verb"] = QandAVerbs.Upvote,
        [QandAVerbs.PositionKey] = "2.1",
        [QandAVerbs.QuestionKey] = question.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }, cardId));
}
