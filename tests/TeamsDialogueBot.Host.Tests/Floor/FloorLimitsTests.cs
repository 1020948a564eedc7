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

        // The join has no browser id yet, so only the dialogue counts it; then five actions, and the sixth is refused.
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
    public async Task A_dialogue_takes_its_configured_number_of_phone_actions_a_minute_across_browsers()
    {
        await using var host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Floor:PerDialoguePerMinute"] = "3" });
        await host.SendAsync(_teams.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(host, _teams.ConversationId);
        var phones = Enumerable.Range(1, 4).Select(_ => new Phone(host, token)).ToList();

        var answers = new List<HttpStatusCode>();
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            using var response = await phone.JoinAsync($"Person {i}");
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], answers);
        phones.ForEach(p => p.Dispose());
    }
}
