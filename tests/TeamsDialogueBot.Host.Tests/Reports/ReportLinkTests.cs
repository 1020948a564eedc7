using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Host.Tests.Reports;

/// <summary>
/// Who gets a report link and how long it opens anything: chairs only, once per `report` however often Teams delivers
/// it, until `report revoke` or its expiry; every dead or made-up link answers exactly like one that never existed.
/// </summary>
public sealed class ReportLinkTests : IAsyncLifetime
{
    private ReportHost _report = null!;

    public async Task InitializeAsync() => _report = await ReportHost.StartAsync();

    public async Task DisposeAsync() => await _report.DisposeAsync();

    [Fact]
    public async Task Report_revoke_kills_every_link_of_the_meeting_at_once_and_they_answer_like_a_made_up_token()
    {
        await _report.SayAsync(ReportHost.Eva, "q+");
        var first = (await _report.ReportAsync()).Token;
        var second = (await _report.ReportAsync("report I")).Token;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, (await _report.GetAsync($"/report/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _report.GetAsync($"/report/{second}/report.docx")).StatusCode);

        var (inChat, privately) = await _report.ExchangeAsync(_report.Teams.Mention(Teams.Chair, "report revoke"));

        Assert.Contains("Revoked all 2 report links", Assert.Single(inChat)["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(privately);
        var madeUp = await NotFoundAsync($"/report/{new string('A', 43)}");
        foreach (var path in new[] { $"/report/{first}", $"/report/{first}/report.docx", $"/report/{second}", $"/report/{second}/interventions.csv" })
        {
            Assert.Equal(madeUp, await NotFoundAsync(path));
        }

        // A new report after the revocation gets a link that works.
        var third = (await _report.ReportAsync()).Token;
        Assert.Equal(HttpStatusCode.OK, (await _report.GetAsync($"/report/{third}/report.json")).StatusCode);
        Assert.Equal(3, (await _report.Links.ListAsync(_report.Teams.ConversationId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task An_expired_link_a_wrong_file_and_junk_answer_404_like_a_made_up_token()
    {
        var token = (await _report.ReportAsync()).Token;
        var madeUp = await NotFoundAsync($"/report/{new string('A', 43)}");
        Assert.Equal(madeUp, await NotFoundAsync($"/report/{token}/appsettings.json"));
        Assert.Equal(madeUp, await NotFoundAsync($"/report/{token}/..%2F..%2Fappsettings.json"));
        Assert.Equal(madeUp, await NotFoundAsync("/report/not-a-token"));
        Assert.Equal(madeUp, await NotFoundAsync("/report/"));

        await using (var connection = new SqliteConnection($"Data Source={_report.Host.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var expire = connection.CreateCommand();
            expire.CommandText = "UPDATE report_links SET expires_at = '2024-07-15T08:00:00.0000000Z'";
            Assert.Equal(1, await expire.ExecuteNonQueryAsync());
        }

        Assert.Equal(madeUp, await NotFoundAsync($"/report/{token}"));
        Assert.Equal(madeUp, await NotFoundAsync($"/report/{token}/report.docx"));
    }

    [Fact]
    public async Task A_participant_asking_for_a_report_is_refused_and_no_link_is_made()
    {
        var (inChat, privately) = await _report.ExchangeAsync(_report.Teams.Mention(Teams.Participant, "report"));
        var (revokeChat, _) = await _report.ExchangeAsync(_report.Teams.Mention(Teams.Participant, "report revoke"));

        Assert.Contains("`report` is for the co-chairs", Assert.Single(inChat)["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("`report` is for the co-chairs", Assert.Single(revokeChat)["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(privately);
        Assert.Empty(await _report.Links.ListAsync(_report.Teams.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_redelivered_report_makes_one_link_one_summary_and_one_private_message()
    {
        var activity = _report.Teams.Mention(Teams.Chair, "report");
        var before = _report.Connector.Requests.Count;

        await _report.Host.SendAsync(activity);
        await _report.Host.SendAsync(JsonNode.Parse(activity.ToJsonString())!);
        await Task.WhenAll(_report.Host.PostAsync(activity), _report.Host.PostAsync(activity));
        await _report.Host.SentAsync();

        Assert.Single(await _report.Links.ListAsync(_report.Teams.ConversationId, CancellationToken.None));
        var sent = _report.Connector.Requests.Skip(before).Where(r => r.Route == "send").ToList();
        Assert.Single(sent, r => r.ConversationId == _report.Teams.ConversationId && r.Body?["attachments"] is not null);
        Assert.Single(sent, r => r.ConversationId != _report.Teams.ConversationId);
    }

    [Fact]
    public async Task An_item_report_covers_that_item_and_an_unknown_item_makes_none()
    {
        await _report.SayAsync(ReportHost.Eva, "q+");
        await _report.SayAsync(Teams.Chair, "ack");
        await _report.SayAsync(Teams.Chair, "next");
        await _report.SayAsync(ReportHost.Farid, "q+");
        await _report.SayAsync(Teams.Chair, "ack");

        var (card, token, _) = await _report.ReportAsync("report II");
        var (unknown, privately) = await _report.ExchangeAsync(_report.Teams.Mention(Teams.Chair, "report XLII"));

        Assert.Contains("Report — item II", WireCards.AllText(card), StringComparison.Ordinal);
        using var json = await _report.GetAsync($"/report/{token}/report.json");
        var model = ReportJson.Read(await json.Content.ReadAsByteArrayAsync());
        Assert.Equal((ReportScope.Item, "II"), (model.Scope, model.ScopeItem));
        Assert.Null(model.SessionFigures);
        var item = Assert.Single(model.Items);
        Assert.Equal("II", item.Number);
        Assert.Equal(["Farid Haddad"], item.Parts.SelectMany(p => p.Interventions).Select(i => i.Speaker));
        Assert.Contains("can't find that agenda item", Assert.Single(unknown)["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(privately);
        Assert.Single(await _report.Links.ListAsync(_report.Teams.ConversationId, CancellationToken.None));
    }

    private async Task<(HttpStatusCode, string?, string)> NotFoundAsync(string path)
    {
        using var response = await _report.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
