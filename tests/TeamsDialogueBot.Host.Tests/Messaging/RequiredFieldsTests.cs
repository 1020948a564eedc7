using System.Net;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>An activity without conversation.id, serviceUrl or from.id is refused whole (issue 15, item 4).</summary>
public sealed class RequiredFieldsTests : IAsyncLifetime
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

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var type in new[] { "message", "invoke", "event", "conversationUpdate", "installationUpdate" })
        {
            foreach (var field in new[] { "conversation.id", "serviceUrl", "from.id", "from", "conversation" })
            {
                cases.Add(type, field);
            }
        }

        return cases;
    }

    private JsonObject ActivityOf(string type) => type switch
    {
        "message" => _teams.Mention(Teams.Chair, "next"),
        "invoke" => _teams.Execute(Teams.Participant, "queue.join"),
        "event" => _teams.Activity("event", Teams.Chair, new JsonObject { ["name"] = "application/vnd.microsoft.meetingStart", ["value"] = new JsonObject() }),
        "conversationUpdate" => _teams.Activity("conversationUpdate", Teams.Chair, new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Teams.BotId }) }),
        _ => _teams.Activity(type, Teams.Chair, new JsonObject { ["action"] = "add" }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Activity_without_a_required_field_is_a_400_naming_it_and_nothing_is_processed(string type, string field)
    {
        var activity = ActivityOf(type);
        switch (field)
        {
            case "conversation.id":
                activity["conversation"]!.AsObject().Remove("id");
                break;
            case "from.id":
                activity["from"]!["id"] = "  ";
                break;
            case "from" or "conversation":
                activity[field] = null;
                break;
            default:
                activity.Remove(field);
                break;
        }

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var named = field is "from" or "conversation" ? field + ".id" : field;
        Assert.Contains(named, problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, await StoredRows.CountAsync(_host.DatabasePath, "dialogues"));
        Assert.Equal(0, await StoredRows.CountAsync(_host.DatabasePath, "processed_activities"));
    }

    [Fact]
    public async Task Queue_request_from_nobody_adds_no_speaker()
    {
        var join = _teams.Mention(Teams.Participant, "q+");
        join["from"] = null;

        using var response = await _host.PostAsync(join);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredRows.CountAsync(_host.DatabasePath, "speakers_lists"));
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("invoke")]
    [InlineData("event")]
    [InlineData("message")]
    public async Task Half_a_surrogate_pair_anywhere_in_the_body_is_a_400_and_nothing_is_processed(string type)
    {
        // Written as JSON text: the escape \ud800 alone is valid JSON, but no string can hold it.
        var body = ActivityOf(type);
        body["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = "qa.upvote", ["data"] = new JsonObject { ["q"] = "LONE" } }, ["StartTime"] = "LONE" };
        var json = body.ToJsonString().Replace("LONE", "3\\ud800", StringComparison.Ordinal);

        using var response = await _host.PostRawAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, await StoredRows.CountAsync(_host.DatabasePath, "dialogues"));
    }
}
