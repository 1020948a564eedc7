using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>
/// An authenticated activity's serviceUrl is where the bot sends its token next: only https on the Teams and Bot
/// Framework hosts (loopback in Development), refused with 400 otherwise, nothing stored, no token fetched.
/// </summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private readonly CountingTokenProvider _tokens = new("bot-token");
    private LoopbackOpenIdServer _openId = null!;
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await LoopbackOpenIdServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(
            _connector,
            settings: new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = _openId.AppId,
                ["MicrosoftAppPassword"] = "test-secret",
                ["MicrosoftAppTenantId"] = Teams.TenantId,
                ["BotFramework:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            },
            configure: web => web.ConfigureTestServices(services => services.AddSingleton<IBotTokenProvider>(_tokens)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostFrom(string serviceUrl, string command = "agenda")
    {
        var activity = new Teams(serviceUrl).Mention(Teams.Chair, command);
        var token = _openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = serviceUrl });
        return _host.PostAsync(activity, token);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://intranet.contoso.example/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/")]
    public async Task Authenticated_activity_from_a_service_url_outside_the_allowed_hosts_is_a_400_and_nothing_happens(string serviceUrl)
    {
        using var response = await PostFrom(serviceUrl);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("serviceUrl", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(_host.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted(serviceUrl));
        Assert.Equal(0, _tokens.Requests);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, await StoredRows.CountAsync(_host.DatabasePath, "dialogues"));
    }

    [Fact]
    public async Task Loopback_connector_is_accepted_in_development_and_gets_the_token_through_the_pipeline()
    {
        using var response = await PostFrom(_connector.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await _connector.WaitForAsync(r => r.Route == "send", TimeSpan.FromSeconds(10));
        Assert.Equal("Bearer bot-token", sent.Authorization);
        Assert.True(_tokens.Requests > 0);
    }

    [Fact]
    public void Connector_client_is_pooled_with_a_connection_lifetime_and_carries_the_token_handler()
    {
        var handlers = _host.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ConnectorClient.HttpClientName);

        var chain = new List<HttpMessageHandler>();
        for (HttpMessageHandler? handler = handlers; handler is not null; handler = (handler as DelegatingHandler)?.InnerHandler)
        {
            chain.Add(handler);
        }

        Assert.Contains(chain, h => h is BotTokenHandler);
        var sockets = Assert.IsType<SocketsHttpHandler>(chain[^1]);
        Assert.Equal(TimeSpan.FromMinutes(2), sockets.PooledConnectionLifetime);
        Assert.IsType<ConnectorClient>(_host.Services.GetRequiredService<IConnectorClient>());
    }
}
