using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string MeetingChat = "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2";
    private const string UserMri = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw";
    private const string MeetingId = "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly List<HttpClient> _clients = [];

    // The fake Connector listens on loopback, which the policy accepts only when told to (as in Development).
    private readonly TrustedServiceUrls _trusted = new(new ServiceUrlPolicy([], allowLoopback: true));
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _connector.DisposeAsync();
    }

    // The pipeline the host builds: the token handler in front of a socket handler.
    private ConnectorClient Client(IBotTokenProvider? tokens = null)
    {
        var handler = new BotTokenHandler(tokens ?? new AnonymousTokenProvider(), _trusted, NullLogger<BotTokenHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        var http = new HttpClient(handler);
        _clients.Add(http);
        return new ConnectorClient(http, NullLogger<ConnectorClient>.Instance);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Send_posts_to_the_escaped_conversation_under_the_service_url_prefix()
    {
        var response = await Client().SendAsync(_connector.ServiceUrl, MeetingChat, Message("hello"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/19%3Ameeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm%40thread.v2/activities", request.RawTarget);
        Assert.Equal($"/emea/v3/conversations/{MeetingChat}/activities", request.Path);
        Assert.Equal("hello", request.Body!["text"]!.GetValue<string>());
        Assert.Equal(request.ActivityId, response.Id);
    }

    [Fact]
    public async Task Reply_and_update_address_the_activity_segment()
    {
        var client = Client();
        const string conversation = "a:1Xz;messageid=1712345678901";
        var sent = await client.SendAsync(_connector.ServiceUrl, conversation, Message("root"), CancellationToken.None);
        await client.ReplyAsync(_connector.ServiceUrl, conversation, sent.Id!, Message("reply"), CancellationToken.None);
        await client.UpdateAsync(_connector.ServiceUrl, conversation, sent.Id!, Message("edited"), CancellationToken.None);

        var requests = _connector.Requests;
        Assert.Equal(["send", "reply", "update"], requests.Select(r => r.Route));
        Assert.All(requests, r => Assert.Equal(conversation, r.ConversationId));
        Assert.All(requests, r => Assert.Contains("a%3A1Xz%3Bmessageid%3D1712345678901", r.RawTarget, StringComparison.Ordinal));
        Assert.Equal(["PUT"], requests.Skip(2).Select(r => r.Method));
        Assert.All(requests.Skip(1), r => Assert.EndsWith("/activities/" + sent.Id, r.RawTarget, StringComparison.Ordinal));
        Assert.Equal("edited", _connector.Updates.Single().Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_member_returns_the_member_or_null_when_unknown()
    {
        _connector.SetMember(UserMri, "Co-Chair One", "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01");
        var client = Client();

        var known = await client.GetMemberAsync(_connector.ServiceUrl, MeetingChat, UserMri, CancellationToken.None);
        var unknown = await client.GetMemberAsync(_connector.ServiceUrl, MeetingChat, "29:nobody", CancellationToken.None);

        Assert.Equal("Co-Chair One", known!.Name);
        Assert.Equal("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", known.AadObjectId);
        Assert.Null(unknown);
        Assert.Contains("/members/29%3A1GcS4EyB", _connector.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_personal_conversation_posts_bot_member_and_tenant_and_returns_the_id()
    {
        var bot = new ChannelAccount { Id = "28:bot-app-id", Name = "Dialogue Bot" };
        var user = new ChannelAccount { Id = UserMri };

        var id = await Client().CreatePersonalConversationAsync(_connector.ServiceUrl, Tenant, bot, user, CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/emea/v3/conversations", request.RawTarget);
        Assert.StartsWith("a:", id, StringComparison.Ordinal);
        var body = request.Body!;
        Assert.Equal("28:bot-app-id", body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(UserMri, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal(Tenant, body["tenantId"]!.GetValue<string>());
        Assert.Equal(Tenant, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Meeting_participant_role_comes_back_and_unknown_participant_is_null()
    {
        _connector.SetMeetingRole("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "Presenter");
        var client = Client();

        var known = await client.GetMeetingParticipantAsync(_connector.ServiceUrl, MeetingId, "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", Tenant, CancellationToken.None);
        var unknown = await client.GetMeetingParticipantAsync(_connector.ServiceUrl, MeetingId, "00000000-0000-0000-0000-000000000000", Tenant, CancellationToken.None);

        Assert.Equal("Presenter", known!.Role);
        Assert.True(known.InMeeting);
        Assert.Null(unknown);
        var request = _connector.Requests[0];
        Assert.StartsWith("/emea/v1/meetings/MCMxOTptZWV0aW5nX05q", request.RawTarget, StringComparison.Ordinal);
        Assert.EndsWith("%3D%3D/participants/6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01?tenantId=" + Tenant, request.RawTarget, StringComparison.Ordinal);
        Assert.DoesNotContain("=", request.RawTarget.Split('?')[0], StringComparison.Ordinal);
        Assert.Equal(MeetingId, request.Path.Split('/')[4]);
    }

    [Fact]
    public async Task Token_goes_only_to_a_trusted_service_url()
    {
        var client = Client(new StaticTokenProvider("secret-token"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => client.SendAsync(_connector.ServiceUrl, MeetingChat, Message("x"), CancellationToken.None));
        Assert.Empty(_connector.Requests);
        Assert.DoesNotContain("secret-token", refused.Message, StringComparison.Ordinal);

        _trusted.Trust(_connector.ServiceUrl.TrimEnd('/').ToUpperInvariant() + "/");
        await client.SendAsync(_connector.ServiceUrl, MeetingChat, Message("x"), CancellationToken.None);

        Assert.Equal("Bearer secret-token", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_even_to_an_untrusted_url()
    {
        await Client().SendAsync(_connector.ServiceUrl, MeetingChat, Message("x"), CancellationToken.None);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Throttled_call_throws_with_status_retry_after_and_correlation_id()
    {
        _connector.ThrottleNext(1, TimeSpan.FromSeconds(7));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client().SendAsync(_connector.ServiceUrl, MeetingChat, Message("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(Guid.TryParse(error.CorrelationId, out _));
        Assert.True(error.IsTransient);
        Assert.Equal(1, _connector.Throttled);
    }

    [Fact]
    public async Task Connector_enforcing_windows_throttles_the_eighth_send_in_a_second()
    {
        await using var strict = await RecordingConnector.StartAsync(new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        strict.EnforceRateLimits = true;
        var client = Client();
        for (var i = 0; i < 7; i++)
        {
            await client.SendAsync(strict.ServiceUrl, MeetingChat, Message("ok"), CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendAsync(strict.ServiceUrl, MeetingChat, Message("too many"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(1, strict.Throttled);
        Assert.Equal(7, strict.Sent.Count);
    }

    [Fact]
    public async Task WaitFor_completes_when_a_matching_request_arrives_later()
    {
        var waiting = _connector.WaitForAsync(r => r.Route == "update", TimeSpan.FromSeconds(10));
        Assert.False(waiting.IsCompleted);

        await Client().UpdateAsync(_connector.ServiceUrl, MeetingChat, "1712345678901", Message("card"), CancellationToken.None);

        Assert.Equal("1712345678901", (await waiting).ActivityId);
    }

    [Fact]
    public async Task Last_card_is_the_attachment_content_of_the_latest_update()
    {
        var client = Client();
        var sent = await client.SendAsync(_connector.ServiceUrl, MeetingChat, Card(1), CancellationToken.None);
        await client.UpdateAsync(_connector.ServiceUrl, MeetingChat, sent.Id!, Card(2), CancellationToken.None);

        Assert.Equal(2, _connector.LastCardFor(sent.Id!)!["version"]!.GetValue<int>());
        Assert.Null(_connector.LastCardFor("never-sent"));
    }

    private static Activity Card(int version)
    {
        var json = $$"""
            {
              "type": "message",
              "attachments": [
                {
                  "contentType": "application/vnd.microsoft.card.adaptive",
                  "content": { "type": "AdaptiveCard", "version": {{version}} }
                }
              ]
            }
            """;
        return ProtocolJson.ParseActivity(System.Text.Encoding.UTF8.GetBytes(json))!;
    }
}
