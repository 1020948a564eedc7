using System.Net;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>With credentials configured, every request must carry a valid Bot Connector token.</summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private LoopbackOpenIdServer _openId = null!;
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _openId = await LoopbackOpenIdServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = _openId.AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = Teams.TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = _openId.MetadataUrl,
        });
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private JsonObject Update() =>
        _teams.Activity("conversationUpdate", Teams.Chair, new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Teams.BotId }) });

    [Fact]
    public async Task Request_without_a_token_is_a_401()
    {
        using var response = await _host.PostAsync(Update());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_with_a_valid_connector_token_is_handled()
    {
        var token = _openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = _connector.ServiceUrl });

        using var response = await _host.PostAsync(Update(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_minted_for_another_service_url_is_a_401()
    {
        var token = _openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = "https://evil.example.com/" });

        using var response = await _host.PostAsync(Update(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_bot_is_a_401()
    {
        var token = _openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = _connector.ServiceUrl, ["aud"] = "someone-else" });

        using var response = await _host.PostAsync(Update(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
