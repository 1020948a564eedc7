using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Protocol.Authentication;
using static TeamsDialogueBot.Protocol.Tests.Authentication.BotFrameworkAuthenticatorTests;

using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Authentication;

public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private LoopbackOpenIdServer server = null!;
    private BotFrameworkAuthenticator authenticator = null!;

    public async Task InitializeAsync()
    {
        server = await LoopbackOpenIdServer.StartAsync(time);
        authenticator = Create(server.CreateOptions());
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Metadata_is_fetched_once_for_many_validations()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(200, (await Authenticate(server.CreateToken())).StatusCode);
        }

        Assert.Equal(1, server.MetadataRequestCount);
        Assert.Equal(1, server.KeysRequestCount);
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_metadata_fetch()
    {
        var tokens = Enumerable.Range(0, 24).Select(_ => server.CreateToken()).ToList();

        var outcomes = await Task.WhenAll(tokens.Select(t => Task.Run(() => Authenticate(t))));

        Assert.All(outcomes, o => Assert.Equal(200, o.StatusCode));
        Assert.Equal(1, server.MetadataRequestCount);
        Assert.Equal(1, server.KeysRequestCount);
    }

    [Fact]
    public async Task Keys_are_fetched_again_after_24_hours()
    {
        await Authenticate(server.CreateToken());
        time.Advance(TimeSpan.FromHours(23));
        await Authenticate(server.CreateToken());
        Assert.Equal(1, server.KeysRequestCount);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var outcome = await Authenticate(server.CreateToken());

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(2, server.KeysRequestCount);
    }

    [Fact]
    public async Task Key_published_after_the_first_fetch_is_accepted_after_a_refresh()
    {
        Assert.Equal(200, (await Authenticate(server.CreateToken())).StatusCode);
        server.AddKey("connector-key-2");
        time.Advance(SigningKeyCache.MinimumRefreshInterval);

        var outcome = await Authenticate(server.CreateToken(kid: "connector-key-2"));

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(2, server.KeysRequestCount);
    }

    [Fact]
    public async Task Unknown_kid_is_rejected_after_at_most_one_refresh()
    {
        await Authenticate(server.CreateToken());
        time.Advance(SigningKeyCache.MinimumRefreshInterval);
        using var stranger = System.Security.Cryptography.RSA.Create(2048);

        var first = await Authenticate(server.CreateToken(kid: "never-published", key: stranger));
        var second = await Authenticate(server.CreateToken(kid: "never-published", key: stranger));

        Assert.Equal(401, first.StatusCode);
        Assert.Equal(401, second.StatusCode);
        Assert.Contains("unknown signing key", first.Failure, StringComparison.Ordinal);
        Assert.Equal(2, server.KeysRequestCount);
    }

    [Fact]
    public async Task Unknown_kid_right_after_a_fetch_does_not_fetch_again()
    {
        await Authenticate(server.CreateToken());
        using var stranger = System.Security.Cryptography.RSA.Create(2048);

        var outcome = await Authenticate(server.CreateToken(kid: "made-up", key: stranger));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Equal(1, server.KeysRequestCount);
    }

    [Fact]
    public async Task Unreachable_metadata_answers_503_so_the_connector_retries()
    {
        var options = server.CreateOptions();
        options.OpenIdMetadataUrl = server.BaseUrl + "/nothing-here";
        var broken = Create(options);

        var outcome = await broken.AuthenticateAsync("Bearer " + server.CreateToken(), TeamsActivity(), CancellationToken.None);

        Assert.Equal(503, outcome.StatusCode);
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public async Task A_fetch_that_fails_in_an_unexpected_way_is_tried_again_once_its_backoff_is_over()
    {
        var retriever = new FailsFirst(new HttpDocumentRetriever { RequireHttps = false });
        var cache = new SigningKeyCache(server.MetadataUrl, retriever, time, NullLogger.Instance);

        Assert.Null(await cache.GetAsync(CancellationToken.None));
        time.Advance(SigningKeyCache.FailureBackoff);
        var keys = await cache.GetAsync(CancellationToken.None);

        Assert.NotNull(keys);
        Assert.NotEmpty(keys.KeysById);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.5/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://127.0.0.1/metadata")]
    [InlineData("not a url")]
    public void Insecure_metadata_url_is_refused_at_construction(string url)
    {
        var options = server.CreateOptions();
        options.OpenIdMetadataUrl = url;

        Assert.Throws<ArgumentException>(() => Create(options));
    }

    [Theory]
    [InlineData(BotFrameworkOptions.DefaultOpenIdMetadataUrl)]
    [InlineData("http://localhost:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/v1/.well-known/openidconfiguration")]
    public void Https_or_loopback_http_metadata_url_is_accepted_without_fetching(string url)
    {
        var options = server.CreateOptions();
        options.OpenIdMetadataUrl = url;

        var created = Create(options);

        Assert.NotNull(created);
        Assert.Equal(0, server.MetadataRequestCount);
    }

    [Fact]
    public void Missing_app_id_is_refused_at_construction()
    {
        var options = server.CreateOptions();
        options.MicrosoftAppId = " ";

        Assert.Throws<ArgumentException>(() => Create(options));
    }

    [Fact]
    public async Task Anonymous_mode_accepts_anything_with_an_unauthenticated_identity()
    {
        var outcome = await new AnonymousAuthenticator().AuthenticateAsync(null, TeamsActivity(), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.NotNull(outcome.Identity);
        Assert.False(outcome.Identity.IsAuthenticated);
    }

    private BotFrameworkAuthenticator Create(BotFrameworkOptions options) =>
        new(options, time, NullLogger<BotFrameworkAuthenticator>.Instance);

    private async Task<AuthenticationOutcome> Authenticate(string token) =>
        await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);

    // Fails its first call with an exception type nobody planned for (a parser bug, say), then behaves.
    private sealed class FailsFirst(IDocumentRetriever inner) : IDocumentRetriever
    {
        private int _calls;

        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            Interlocked.Increment(ref _calls) == 1
                ? Task.FromException<string>(new NotSupportedException("unexpected"))
                : inner.GetDocumentAsync(address, cancel);
    }
}
