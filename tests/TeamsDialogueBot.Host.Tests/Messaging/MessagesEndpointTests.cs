using System.Net;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>The HTTP contract of POST /api/messages.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Body_that_is_not_JSON_is_a_400_problem()
    {
        using var response = await _host.PostRawAsync("{ this is not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Activity_without_type_is_a_400_problem()
    {
        using var response = await _host.PostRawAsync("""{ "id": "1", "text": "hello" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_over_256_KB_is_a_413_and_nothing_is_handled()
    {
        var activity = _teams.Mention(Teams.Participant, "agenda " + new string('x', 300 * 1024));

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_nobody_handles_is_a_501()
    {
        var invoke = _teams.Activity("invoke", Teams.Participant, new JsonObject { ["name"] = "composeExtension/query", ["value"] = new JsonObject() });

        using var response = await _host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Card_action_with_an_unknown_verb_gets_an_error_view_not_a_crash()
    {
        using var response = await _host.PostAsync(_teams.Execute(Teams.Participant, "no.such.verb"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Conversation_update_and_events_are_acknowledged_with_200()
    {
        var update = _teams.Activity("conversationUpdate", Teams.Chair, new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Teams.BotId }) });
        var meetingStart = _teams.Activity("event", Teams.Chair, new JsonObject { ["name"] = "application/vnd.microsoft.meetingStart", ["value"] = new JsonObject { ["Title"] = "Dialogue" } });

        using var first = await _host.PostAsync(update);
        using var second = await _host.PostAsync(meetingStart);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Message_without_the_bot_mention_text_still_parses_the_command()
    {
        var message = _teams.Activity("message", Teams.Participant, new JsonObject { ["text"] = "/agenda" });

        await _host.SendAsync(message);

        Assert.Single(_connector.Sent);
    }
}
