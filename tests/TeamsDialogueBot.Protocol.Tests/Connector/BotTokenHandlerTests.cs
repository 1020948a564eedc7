using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class BotTokenHandlerTests
{
    private const string Teams = "https://smba.trafficmanager.net/emea/";

    private sealed class Answering : HttpMessageHandler
    {
        public List<HttpRequestMessage> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private static (HttpMessageInvoker Invoker, Answering Inner) Pipeline(IBotTokenProvider tokens, TrustedServiceUrls trusted)
    {
        var inner = new Answering();
        var handler = new BotTokenHandler(tokens, trusted, NullLogger<BotTokenHandler>.Instance) { InnerHandler = inner };
        return (new HttpMessageInvoker(handler), inner);
    }

    private static HttpRequestMessage Request(string uri, string? serviceUrl)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri);
        if (serviceUrl is not null)
        {
            request.Options.Set(BotTokenHandler.ServiceUrlOption, serviceUrl);
        }

        return request;
    }

    [Fact]
    public async Task Trusted_service_url_gets_the_bearer_token()
    {
        var tokens = new CountingTokenProvider("secret-token");
        var trusted = new TrustedServiceUrls(ServiceUrlPolicy.Default, [Teams]);
        var (invoker, inner) = Pipeline(tokens, trusted);
        using var _ = invoker;

        using var request = Request(Teams + "v3/conversations/19%3Ax/activities", Teams);
        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Bearer secret-token", Assert.Single(inner.Seen).Headers.Authorization?.ToString());
    }

    [Fact]
    public async Task Untrusted_service_url_is_refused_before_a_token_is_fetched()
    {
        var tokens = new CountingTokenProvider("secret-token");
        var (invoker, inner) = Pipeline(tokens, new TrustedServiceUrls(ServiceUrlPolicy.Default));
        using var _ = invoker;

        using var request = Request(Teams + "v3/conversations/19%3Ax/activities", Teams);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        Assert.Equal(0, tokens.Requests);
        Assert.Empty(inner.Seen);
        Assert.DoesNotContain("secret-token", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_that_leaves_its_trusted_service_url_gets_no_token()
    {
        var tokens = new CountingTokenProvider("secret-token");
        var (invoker, inner) = Pipeline(tokens, new TrustedServiceUrls(ServiceUrlPolicy.Default, [Teams]));
        using var _ = invoker;

        using var elsewhere = Request("https://evil.example/v3/conversations/x/activities", Teams);
        using var otherRegion = Request("https://smba.trafficmanager.net/amer/v3/conversations/x/activities", Teams);
        using var unnamed = Request(Teams + "v3/conversations/x/activities", serviceUrl: null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(elsewhere, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(otherRegion, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(unnamed, CancellationToken.None));
        Assert.Equal(0, tokens.Requests);
        Assert.Empty(inner.Seen);
    }

    [Fact]
    public async Task Authorization_header_set_by_anyone_else_is_never_passed_on()
    {
        var (invoker, inner) = Pipeline(new AnonymousTokenProvider(), new TrustedServiceUrls(ServiceUrlPolicy.Default));
        using var _ = invoker;

        using var request = Request(Teams + "v3/conversations/x/activities", Teams);
        request.Headers.Authorization = new("Bearer", "leaked");
        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Null(Assert.Single(inner.Seen).Headers.Authorization);
    }
}
