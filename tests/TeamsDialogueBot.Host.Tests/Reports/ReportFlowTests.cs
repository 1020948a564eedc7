using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Reports;

/// <summary>
/// `report` end to end: a scripted session through HTTP (room speakers typed by the chair, remote speakers from Teams,
/// an anonymous poll and an open-text one), then the summary in the chat, the link in private, the page and every file
/// read back with the tools the Secretariat's programs would use.
/// </summary>
public sealed class ReportFlowTests : IAsyncLifetime
{
    private static readonly TeamsUser[] AnonymousVoters =
    [
        new("a0000001-7777-4888-8999-000000000001", "Quinn Anonymous-Voter"),
        new("a0000002-7777-4888-8999-000000000002", "Rosa Anonymous-Voter"),
        new("a0000003-7777-4888-8999-000000000003", "Sami Anonymous-Voter"),
        new("a0000004-7777-4888-8999-000000000004", "Tess Anonymous-Voter"),
    ];

    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["report.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["interventions.csv"] = "text/csv; charset=utf-8; header=present",
        ["figures.csv"] = "text/csv; charset=utf-8; header=present",
        ["polls.csv"] = "text/csv; charset=utf-8; header=present",
        ["questions.csv"] = "text/csv; charset=utf-8; header=present",
        ["inputs.csv"] = "text/csv; charset=utf-8; header=present",
        ["chair-actions.csv"] = "text/csv; charset=utf-8; header=present",
        ["report.json"] = "application/json; charset=utf-8",
        ["report-tables.zip"] = "application/zip",
    };

    private ReportHost _report = null!;

    public async Task InitializeAsync() => _report = await ReportHost.StartAsync(AnonymousVoters);

    public async Task DisposeAsync() => await _report.DisposeAsync();

    [SkippableFact]
    public async Task The_chat_gets_the_summary_the_chair_gets_the_link_and_every_file_holds_the_session_without_the_anonymous_voters()
    {
        await PlaySessionAsync();

        var (card, token, privateText) = await _report.ReportAsync();

        // The chat: counts only, no link, no name.
        var cardText = WireCards.AllText(card);
        Assert.Contains("Report — whole session", cardText, StringComparison.Ordinal);
        Assert.Contains("3 — room 1 · remote 2", cardText, StringComparison.Ordinal);
        Assert.Contains("2 · 6 answers", cardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", cardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Eva", cardText, StringComparison.Ordinal);
        Assert.Contains($"{ReportHost.PublicBaseUrl}/report/{token}", privateText, StringComparison.Ordinal);

        // The page lists every file with its size, under the same headers as the files.
        using var page = await _report.GetAsync($"/report/{token}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        AssertPrivate(page);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (var name in ContentTypes.Keys)
        {
            Assert.Contains($"href=\"{token}/{name}\"", html, StringComparison.Ordinal);
        }

        var files = new Dictionary<string, byte[]>();
        foreach (var (name, contentType) in ContentTypes)
        {
            using var response = await _report.GetAsync($"/report/{token}/{name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(name, response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
            AssertPrivate(response);
            files[name] = await response.Content.ReadAsByteArrayAsync();
            Assert.Contains($"{name}</a></td><td>", html, StringComparison.Ordinal);
            Assert.Contains(Size(files[name].Length), html, StringComparison.Ordinal);
        }

        AssertDocx(files["report.docx"]);
        AssertCsv(files);
        AssertJson(files["report.json"]);
        Assert.Equal(
            ["chair-actions.csv", "figures.csv", "inputs.csv", "interventions.csv", "polls.csv", "questions.csv"],
            ReportHost.Searchable(files["report-tables.zip"]).Split('\n').Where(l => l.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        // Not a trace of who answered the anonymous poll, in any format, on the page or on the wire.
        var everything = string.Join("\n", files.Values.Select(ReportHost.Searchable)) + html
            + string.Join("\n", _report.Connector.Requests.Select(r => r.RawTarget + " " + r.Body?.ToJsonString()));
        foreach (var voter in AnonymousVoters)
        {
            Assert.DoesNotContain(voter.AadObjectId, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(voter.Name, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task PlaySessionAsync()
    {
        await _report.SayAsync(ReportHost.Eva, "profile org Civil Society Forum group NGO");
        await _report.SayAsync(ReportHost.Farid, "profile org Youth Network group youth");
        await _report.SayAsync(ReportHost.Eva, "q+ to say on the review mechanism");
        await _report.SayAsync(Teams.Chair, "q+ Amina Diallo room org UNODC group academia");
        await _report.SayAsync(ReportHost.Farid, "q+");
        await _report.SayAsync(Teams.Chair, "ack");
        await _report.SayAsync(Teams.Chair, "ack");
        await _report.SayAsync(Teams.Chair, "ack");

        var anonymous = await _report.LaunchAsync("poll \"Should the review hear NGOs first?\" \"Yes\" \"No\" anonymous");
        foreach (var (voter, choice) in AnonymousVoters.Zip(["a", "a", "b", "a"]))
        {
            await _report.VoteAsync(voter, anonymous, new JsonObject { ["pollId"] = "p1", ["choice"] = choice });
        }

        await _report.SayAsync(Teams.Chair, "poll close p1");
        var text = await _report.LaunchAsync("poll \"What should the review look at next?\" text");
        await _report.VoteAsync(ReportHost.Eva, text, new JsonObject { ["pollId"] = "p2", ["text"] = "Support for victims" });
        await _report.VoteAsync(ReportHost.Farid, text, new JsonObject { ["pollId"] = "p2", ["text"] = "Youth participation" });
        await _report.Host.SettleAsync();
    }

    private static string Size(int bytes) => bytes < 1024
        ? string.Create(CultureInfo.InvariantCulture, $"<td class=\"size\">{bytes} bytes</td>")
        : string.Create(CultureInfo.InvariantCulture, $"<td class=\"size\">{bytes / 1024.0:0.#} KB</td>");

    private static void AssertPrivate(HttpResponseMessage response)
    {
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static void AssertDocx(byte[] docx)
    {
        using var reader = new DocxReader(docx);
        Assert.Empty(reader.ValidationErrors());
        var text = reader.AllText;
        var rows = reader.Rows.ToList();
        foreach (var (speaker, organisation) in new[] { ("Eva Novak", "Civil Society Forum"), ("Amina Diallo", "UNODC"), ("Farid Haddad", "Youth Network") })
        {
            Assert.Contains(rows, r => r.Contains(speaker) && r.Contains(organisation));
        }

        Assert.Contains("Should the review hear NGOs first?", text, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("Yes") && r.Contains("3") && r.Any(c => c.StartsWith("75", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.Contains("No") && r.Contains("1") && r.Any(c => c.StartsWith("25", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.Contains("Support for victims") && r.Contains("1"));
        Assert.Contains(rows, r => r.Contains("Youth participation") && r.Contains("1"));

        // As a reader of the Secretariat's opens it.
        var converted = LibreOffice.ConvertToText(docx);
        foreach (var expected in new[] { "Eva Novak", "Amina Diallo", "Farid Haddad", "on the review mechanism", "Should the review hear NGOs first?", "What should the review look at next?", "Support for victims", "Youth participation" })
        {
            Assert.Contains(expected, converted, StringComparison.Ordinal);
        }
    }

    private static void AssertCsv(Dictionary<string, byte[]> files)
    {
        var interventions = CsvFile.Parse(files["interventions.csv"]);
        Assert.Equal(["Eva Novak", "Amina Diallo", "Farid Haddad"], interventions.Column("Speaker"));
        Assert.Equal(["Remote", "Room", "Remote"], interventions.Column("Channel"));
        Assert.Equal(["NGO", "academia", "youth"], interventions.Column("Stakeholder group"));
        Assert.Equal(["on the review mechanism", "", ""], interventions.Column("Topic"));

        var polls = CsvFile.Parse(files["polls.csv"]);
        var p1 = polls.Rows.Where(r => polls.Cell(r, "Poll") == "p1").ToList();
        Assert.Equal([("Yes", "3"), ("No", "1")], p1.Select(r => (polls.Cell(r, "Answer"), polls.Cell(r, "Votes"))));
        Assert.All(p1, r => Assert.Equal("Yes", polls.Cell(r, "Anonymous")));
        var p2 = polls.Rows.Where(r => polls.Cell(r, "Poll") == "p2").Select(r => polls.Cell(r, "Answer")).Order(StringComparer.Ordinal);
        Assert.Equal(["Support for victims", "Youth participation"], p2);

        var actions = CsvFile.Parse(files["chair-actions.csv"]);
        Assert.Equal(3, actions.Column("Action").Count(a => a == "ack"));
        Assert.Contains("poll close", actions.Column("Action"));
        Assert.All(actions.Column("Chair"), chair => Assert.Equal(Teams.Chair.Name, chair));

        Assert.Contains("Total", CsvFile.Parse(files["figures.csv"]).Column("Breakdown"));
        Assert.Empty(CsvFile.Parse(files["questions.csv"]).Rows);

        // Open-text answers count as inputs: anonymous, titled with their poll's question.
        var inputs = CsvFile.Parse(files["inputs.csv"]);
        Assert.Equal(["Support for victims", "Youth participation"], inputs.Column("Description").Order(StringComparer.Ordinal));
        Assert.All(inputs.Column("Title"), t => Assert.Equal("What should the review look at next?", t));
        Assert.All(inputs.Column("Submitted by"), s => Assert.Equal("Anonymous", s));
        Assert.All(inputs.Column("Organisation"), o => Assert.Equal("", o));
    }

    private static void AssertJson(byte[] json)
    {
        var model = ReportJson.Read(json);
        Assert.Equal(ReportScope.Session, model.Scope);
        var part = Assert.Single(Assert.Single(model.Items).Parts);
        Assert.Equal([1, 2, 3], part.Interventions.Select(i => i.Turn));
        Assert.Equal([ReportChannel.Remote, ReportChannel.Room, ReportChannel.Remote], part.Interventions.Select(i => i.Channel));
        Assert.All(part.Interventions.Take(2), i => Assert.NotNull(i.EndedAt));
        // In the venue's time zone (the seed programme's Europe/Vienna), not the server's.
        var started = part.Interventions[0].StartedAt;
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Europe/Vienna").GetUtcOffset(started), started.Offset);
        var poll = part.Polls[0];
        Assert.True(poll.Anonymous);
        Assert.Equal(4, poll.Voters);
        Assert.Equal(ReportPollState.Closed, poll.State);
        Assert.Equal(ReportPollState.Open, part.Polls[1].State);
        Assert.Equal(1, model.SessionFigures!.Room.Interventions);
        Assert.Equal(2, model.SessionFigures.Remote.Interventions);
        Assert.Equal(3, model.SessionFigures.FirstTimeSpeakers.Interventions);
    }
}
