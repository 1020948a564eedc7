using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Protocol.Tests.Authentication.BotFrameworkAuthenticatorTests;

namespace TeamsDialogueBot.Protocol.Tests.Authentication;

/// <summary>The Connector's token, validated in full once, must still meet every other check each time it comes back.</summary>
public sealed class TokenCacheTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly KeyHidingHandler jwks = new();
    private HttpClient metadataHttp = null!;
    private LoopbackOpenIdServer server = null!;
    private BotFrameworkAuthenticator authenticator = null!;

    public async Task InitializeAsync()
    {
        server = await LoopbackOpenIdServer.StartAsync(time);
        metadataHttp = new HttpClient(jwks);
        authenticator = Create(ValidatedTokenCache.DefaultCapacity);
    }

    public async Task DisposeAsync()
    {
        metadataHttp.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Same_token_again_is_accepted_without_a_second_signature_check()
    {
        var token = server.CreateToken();

        var first = await Authenticate(token);
        var second = await Authenticate(token);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(1, authenticator.FullValidations);
        Assert.True(second.Identity!.IsAuthenticated);
        Assert.Equal(server.AppId, second.Identity.FindFirst("aud")?.Value);
        Assert.NotSame(first.Identity, second.Identity);
    }

    [Fact]
    public async Task Whitespace_around_the_token_is_the_same_token()
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);

        var padded = await authenticator.AuthenticateAsync("Bearer   " + token + "  ", TeamsActivity(), CancellationToken.None);

        Assert.Equal(200, padded.StatusCode);
        Assert.Equal(1, authenticator.FullValidations);
    }

    [Fact]
    public async Task Another_token_is_validated_in_full()
    {
        await Authenticate(server.CreateToken(Claims(("jti", "one"))));
        await Authenticate(server.CreateToken(Claims(("jti", "two"))));

        Assert.Equal(2, authenticator.FullValidations);
    }

    [Fact]
    public async Task Cached_token_with_its_signature_replaced_is_unauthorized()
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);
        using var impostor = System.Security.Cryptography.RSA.Create(2048);
        var forged = server.CreateToken(key: impostor);
        Assert.Equal(token[..token.LastIndexOf('.')], forged[..forged.LastIndexOf('.')]);

        var outcome = await Authenticate(forged);

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("signature", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cached_token_is_refused_once_past_expiry_plus_clock_skew()
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);

        time.Advance(TimeSpan.FromHours(1) + BotFrameworkAuthenticator.ClockSkew);
        Assert.Equal(200, (await Authenticate(token)).StatusCode);
        Assert.Equal(1, authenticator.FullValidations);

        time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await Authenticate(token);

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("expired", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal(0, authenticator.CachedTokenCount);
    }

    [Fact]
    public async Task Cached_token_is_refused_after_a_rotation_retires_its_key()
    {
        var old = server.CreateToken();
        Assert.Equal(200, (await Authenticate(old)).StatusCode);
        jwks.Retire(LoopbackOpenIdServer.DefaultKeyId);
        server.AddKey("connector-key-2");
        time.Advance(SigningKeyCache.MinimumRefreshInterval);

        Assert.Equal(200, (await Authenticate(server.CreateToken(kid: "connector-key-2"))).StatusCode);
        var outcome = await Authenticate(old);

        Assert.Equal(2, server.KeysRequestCount);
        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("unknown signing key", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cached_token_is_validated_again_against_refreshed_keys_that_still_hold_its_kid()
    {
        var token = server.CreateToken(Claims(("exp", time.GetUtcNow().AddHours(30))));
        Assert.Equal(200, (await Authenticate(token)).StatusCode);

        time.Advance(SigningKeyCache.AutomaticRefreshInterval + TimeSpan.FromMinutes(1));
        var afterRefresh = await Authenticate(token);
        var again = await Authenticate(token);

        Assert.Equal(200, afterRefresh.StatusCode);
        Assert.Equal(200, again.StatusCode);
        Assert.Equal(2, server.KeysRequestCount);
        Assert.Equal(2, authenticator.FullValidations);
    }

    [Fact]
    public async Task ServiceUrl_of_each_activity_is_checked_against_a_cached_token()
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);
        var elsewhere = TeamsActivity();
        elsewhere.ServiceUrl = "https://smba.trafficmanager.net/amer/";

        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, elsewhere, CancellationToken.None);

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("serviceurl", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal(1, authenticator.FullValidations);
        Assert.Equal(200, (await Authenticate(token)).StatusCode);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Channel_of_each_activity_must_be_endorsed_for_a_cached_token(string? channelId)
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);
        var activity = TeamsActivity();
        activity.ChannelId = channelId;

        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.Equal(403, outcome.StatusCode);
        Assert.Equal(1, authenticator.FullValidations);
    }

    [Fact]
    public async Task Refused_tokens_are_validated_and_refused_every_time()
    {
        var token = server.CreateToken(Claims(("aud", "11111111-2222-3333-4444-555555555555")));

        var first = await Authenticate(token);
        var second = await Authenticate(token);

        Assert.Equal(401, first.StatusCode);
        Assert.Equal(401, second.StatusCode);
        Assert.Equal(2, authenticator.FullValidations);
        Assert.Equal(0, authenticator.CachedTokenCount);
    }

    [Fact]
    public async Task Token_refused_for_its_activity_is_not_remembered()
    {
        var token = server.CreateToken(Claims(("serviceurl", "https://smba.trafficmanager.net/amer/")));

        await Authenticate(token);
        var second = await Authenticate(token);

        Assert.Equal(401, second.StatusCode);
        Assert.Equal(2, authenticator.FullValidations);
    }

    [Fact]
    public async Task Many_distinct_tokens_keep_the_cache_within_its_capacity()
    {
        var small = Create(tokenCacheCapacity: 4);
        var tokens = Enumerable.Range(0, 10).Select(i => server.CreateToken(Claims(("jti", "token-" + i)))).ToList();

        foreach (var token in tokens)
        {
            Assert.Equal(200, (await small.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None)).StatusCode);
            Assert.InRange(small.CachedTokenCount, 1, 4);
        }

        Assert.Equal(200, (await small.AuthenticateAsync("Bearer " + tokens[^1], TeamsActivity(), CancellationToken.None)).StatusCode);
        Assert.Equal(10, small.FullValidations);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_token_all_succeed_and_then_hit_the_cache()
    {
        var token = server.CreateToken();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => Authenticate(token))));
        var validationsAfterBurst = authenticator.FullValidations;
        var later = await Authenticate(token);

        Assert.All(outcomes, o => Assert.Equal(200, o.StatusCode));
        Assert.Equal(200, later.StatusCode);
        Assert.Equal(validationsAfterBurst, authenticator.FullValidations);
        Assert.Equal(1, authenticator.CachedTokenCount);
    }

    private BotFrameworkAuthenticator Create(int tokenCacheCapacity) =>
        new(server.CreateOptions(), time, new RecordingLogger<BotFrameworkAuthenticator>(), metadataHttp, tokenCacheCapacity);

    private async Task<AuthenticationOutcome> Authenticate(string token) =>
        await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);
}
