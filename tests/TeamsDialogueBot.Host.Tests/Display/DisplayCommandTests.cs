using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Display;

public sealed partial class DisplayCommandTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        _host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?>
        {
            ["Display:PublicBaseUrl"] = "https://dialogue.example.org/base",
        });
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_chair_gets_boardroom_and_panel_links_under_the_public_base_url()
    {
        var text = await DisplayReplyAsync(Teams.Chair);

        var token = Token().Match(text).Groups[1].Value;
        Assert.Equal(43, token.Length);
        Assert.Contains($"https://dialogue.example.org/base/display/{token}\n", text, StringComparison.Ordinal);
        Assert.Contains($"https://dialogue.example.org/base/display/{token}/panel", text, StringComparison.Ordinal);
        Assert.Equal(_teams.ConversationId, await _host.Services.GetRequiredService<IDisplayTokens>().FindConversationAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Asking_again_gives_the_same_link()
    {
        var first = Token().Match(await DisplayReplyAsync(Teams.Chair)).Groups[1].Value;
        var second = Token().Match(await DisplayReplyAsync(Teams.Chair)).Groups[1].Value;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_participant_is_refused_and_gets_no_link()
    {
        var text = await DisplayReplyAsync(Teams.Participant);

        Assert.Contains("is for the co-chairs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/display/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_with_a_valid_token_is_served_without_ids_and_a_made_up_token_is_404()
    {
        var token = Token().Match(await DisplayReplyAsync(Teams.Chair)).Groups[1].Value;

        using var page = await _host.Client.GetAsync(new Uri($"/display/{token}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var wrong = await _host.Client.GetAsync(new Uri($"/display/{new string('x', 43)}", UriKind.Relative));
        using var junk = await _host.Client.GetAsync(new Uri("/display/..%2f..%2fappsettings.json", UriKind.Relative));
        using var asset = await _host.Client.GetAsync(new Uri("/display/assets/display.js", UriKind.Relative));
        using var notAnAsset = await _host.Client.GetAsync(new Uri("/display/assets/display.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"ltr\"", html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain(Teams.Chair.AadObjectId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(_teams.ConversationId, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, junk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAnAsset.StatusCode);
    }

    [Fact]
    public async Task Rotate_replaces_the_link_once_even_when_teams_delivers_it_twice_and_the_old_link_is_404()
    {
        var old = Token().Match(await DisplayReplyAsync(Teams.Chair)).Groups[1].Value;
        var rotate = _teams.Mention(Teams.Chair, "display rotate");

        await _host.SendAsync(rotate.DeepClone());
        await _host.SendAsync(rotate.DeepClone());

        var tokens = _host.Services.GetRequiredService<IDisplayTokens>();
        var current = await tokens.FindTokenAsync(_teams.ConversationId, CancellationToken.None);
        Assert.NotEqual(old, current);
        var linksSent = _connector.Requests.Where(r => r.Route == "send").Select(r => Token().Match(r.Body?["text"]?.GetValue<string>() ?? "")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([old, current!], linksSent);
        using var gone = await _host.Client.GetAsync(new Uri($"/display/{old}", UriKind.Relative));
        using var live = await _host.Client.GetAsync(new Uri($"/display/{current}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    // Everything the bot wrote back, in the meeting chat or privately: the links must only ever be in the 1:1 chat.
    private async Task<string> DisplayReplyAsync(TeamsUser from)
    {
        var before = _connector.Requests.Count;
        await _host.SendAsync(_teams.Mention(from, "display"));
        var sent = _connector.Requests.Skip(before).Where(r => r.Route == "send" && r.Body is not null).ToList();
        Assert.DoesNotContain(sent, r => r.ConversationId == _teams.ConversationId && (r.Body!["text"]?.GetValue<string>() ?? "").Contains("/display/", StringComparison.Ordinal));
        return string.Join("\n", sent.Select(r => r.Body!["text"]?.GetValue<string>() ?? ""));
    }

    [Fact]
    public async Task The_links_go_to_the_chair_privately_and_the_chat_only_hears_that_they_were_sent()
    {
        var before = _connector.Requests.Count;
        await _host.SendAsync(_teams.Mention(Teams.Chair, "display"));

        var sent = _connector.Requests.Skip(before).Where(r => r.Route == "send").ToList();
        var inChat = Assert.Single(sent, r => r.ConversationId == _teams.ConversationId);
        var privately = Assert.Single(sent, r => r.ConversationId != _teams.ConversationId);
        Assert.Contains("1:1 chat", inChat.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/display/", privately.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var create = Assert.Single(_connector.Requests.Skip(before), r => r.Route == "create");
        Assert.Contains("29:" + Teams.Chair.AadObjectId, create.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/display/([A-Za-z0-9_-]{43})")]
    private static partial Regex Token();
}
