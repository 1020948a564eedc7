using System.Net;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>The floor page's limits: per browser and per dialogue, answered with a friendly 429 page.</summary>
public sealed class FloorLimitsTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_browser_gets_five_actions_a_minute_then_a_friendly_429_and_another_browser_is_not_held_up()
    {
        await using var host = await BotTestHost.StartAsync(_connector);
        await host.SendAsync(_teams.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(host, _teams.ConversationId);
        using var busy = new Phone(host, token);
        using var other = new Phone(host, token);
        Assert.Equal(HttpStatusCode.SeeOther, (await other.JoinAsync("Other Person")).StatusCode);

        // The join takes none of the action permits; then five actions, and the sixth is refused.
        Assert.Equal(HttpStatusCode.SeeOther, (await busy.JoinAsync("Busy Thumb")).StatusCode);
        string[] actions = ["request", "withdraw", "request", "withdraw", "request"];
        foreach (var action in actions)
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await busy.ActAsync(action)).StatusCode);
        }

        using var refused = await busy.ActAsync("withdraw");
        using var refusedJson = await busy.ActAsync("withdraw", json: true);
        using var fine = await other.ActAsync("request");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Please wait a minute, then try again.", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/floor/{token}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedJson.StatusCode);
        Assert.Equal("Requested", Phone.Done(fine));
        var list = await Queue.QueueTestKit.StoredListAsync(host, _teams.ConversationId);
        Assert.Equal(["Busy Thumb", "Other Person"], list.Queue.Select(o => o.Entry.Speaker.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_dialogue_takes_its_configured_number_of_phone_actions_a_minute_across_browsers_and_joins_take_none()
    {
        await using var host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Floor:PerDialoguePerMinute"] = "3" });
        await host.SendAsync(_teams.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(host, _teams.ConversationId);
        var phones = Enumerable.Range(1, 4).Select(_ => new Phone(host, token)).ToList();

        var joins = new List<HttpStatusCode>();
        var requests = new List<HttpStatusCode>();
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            using var joined = await phone.JoinAsync($"Person {i}");
            joins.Add(joined.StatusCode);
        }

        foreach (var phone in phones)
        {
            using var requested = await phone.ActAsync("request");
            requests.Add(requested.StatusCode);
        }

        Assert.All(joins, j => Assert.Equal(HttpStatusCode.SeeOther, j));
        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], requests);
        phones.ForEach(p => p.Dispose());
    }

    [Fact]
    public async Task A_loop_of_junk_joins_and_forged_cookies_locks_nobody_out_and_only_its_own_address_is_held_up()
    {
        await using var host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Floor:PerDialoguePerMinute"] = "3" });
        await host.SendAsync(_teams.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(host, _teams.ConversationId);
        using var room = new Phone(host, token);
        Assert.Equal(HttpStatusCode.SeeOther, (await room.JoinAsync("Real Person")).StatusCode);

        // Twice the dialogue's limit of joins from one address are taken (invalid ones too), then that address waits.
        // The test server gives every client the same address: the room's join above was the first of six.
        using var script = new Phone(host, token);
        var junk = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await script.PostAsync("join", new Dictionary<string, string> { ["x"] = "1" });
            junk.Add(response.StatusCode);
        }

        // A cookie made up by a script (no signature) is no browser the bot issued: the page asks who they are.
        using var forged = host.NewClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"/floor/{token}/request", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["requestId"] = Guid.NewGuid().ToString("N") }),
        };
        post.Headers.Add("Origin", Phone.Origin);
        post.Headers.Add("Accept", "application/json");
        var made = System.Buffers.Text.Base64Url.EncodeToString("""{"B":"aaaaaaaaaaaaaaaaaaaaaa","N":"Forged","O":null,"G":"NGO"}"""u8);
        post.Headers.Add("Cookie", $"{TeamsDialogueBot.Host.Floor.FloorCookie.NameFor(_teams.ConversationId)}={made}.AAAA");
        using var forgedAction = await forged.SendAsync(post);

        using var request = await room.ActAsync("request");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.UnprocessableEntity, 5).Append(HttpStatusCode.TooManyRequests).Append(HttpStatusCode.TooManyRequests).Append(HttpStatusCode.TooManyRequests), junk);
        Assert.Equal(HttpStatusCode.Conflict, forgedAction.StatusCode);
        Assert.Equal("Requested", Phone.Done(request));
    }
}
