using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;

using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<BotFrameworkAuthenticator> log = new();
    private LoopbackOpenIdServer server = null!;
    private BotFrameworkAuthenticator authenticator = null!;

    public async Task InitializeAsync()
    {
        server = await LoopbackOpenIdServer.StartAsync(time);
        authenticator = new BotFrameworkAuthenticator(server.CreateOptions(), time, log);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Valid_connector_token_is_accepted_with_its_identity()
    {
        var outcome = await Authenticate(server.CreateToken());

        Assert.True(outcome.Succeeded);
        Assert.Equal(200, outcome.StatusCode);
        Assert.Null(outcome.Failure);
        Assert.NotNull(outcome.Identity);
        Assert.True(outcome.Identity.IsAuthenticated);
        Assert.Equal(LoopbackOpenIdServer.ConnectorIssuer, outcome.Identity.FindFirst("iss")?.Value);
        Assert.Equal(server.AppId, outcome.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Stronger_RSA_algorithms_are_accepted_as_the_SDK_does(string alg)
    {
        var outcome = await Authenticate(server.CreateToken(alg: alg));

        Assert.Equal(200, outcome.StatusCode);
    }

    [Fact]
    public async Task Token_for_another_bot_is_unauthorized()
    {
        var outcome = await Authenticate(server.CreateToken(Claims(("aud", "11111111-2222-3333-4444-555555555555"))));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("audience", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_from_another_issuer_is_unauthorized()
    {
        var outcome = await Authenticate(server.CreateToken(Claims(("iss", "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"))));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("issuer", outcome.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-4, true)]
    public async Task Expiry_allows_five_minutes_of_clock_skew(int expiresInMinutes, bool accepted)
    {
        var now = time.GetUtcNow();
        var token = server.CreateToken(Claims(("nbf", now.AddHours(-1)), ("iat", now.AddHours(-1)), ("exp", now.AddMinutes(expiresInMinutes))));

        var outcome = await Authenticate(token);

        Assert.Equal(accepted ? 200 : 401, outcome.StatusCode);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(4, true)]
    public async Task Not_before_allows_five_minutes_of_clock_skew(int validInMinutes, bool accepted)
    {
        var now = time.GetUtcNow();
        var token = server.CreateToken(Claims(("nbf", now.AddMinutes(validInMinutes)), ("exp", now.AddHours(1))));

        var outcome = await Authenticate(token);

        Assert.Equal(accepted ? 200 : 401, outcome.StatusCode);
    }

    [Fact]
    public async Task Lifetime_follows_the_injected_clock_not_the_wall_clock()
    {
        var token = server.CreateToken();
        Assert.Equal(200, (await Authenticate(token)).StatusCode);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        Assert.Equal(401, (await Authenticate(token)).StatusCode);
    }

    [Fact]
    public async Task Token_without_expiry_is_unauthorized()
    {
        var outcome = await Authenticate(server.CreateToken(Claims(("exp", null))));

        Assert.Equal(401, outcome.StatusCode);
    }

    [Fact]
    public async Task Signature_by_another_key_under_a_known_kid_is_unauthorized()
    {
        using var impostor = System.Security.Cryptography.RSA.Create(2048);

        var outcome = await Authenticate(server.CreateToken(kid: LoopbackOpenIdServer.DefaultKeyId, key: impostor));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("signature", outcome.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("none")]
    public async Task Symmetric_and_unsigned_tokens_are_unauthorized(string alg)
    {
        var outcome = await Authenticate(server.CreateToken(alg: alg));

        Assert.Equal(401, outcome.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b")]
    public async Task Missing_or_malformed_authorization_header_is_unauthorized(string? header)
    {
        var outcome = await authenticator.AuthenticateAsync(header, TeamsActivity(), CancellationToken.None);

        Assert.Equal(401, outcome.StatusCode);
        Assert.Null(outcome.Identity);
    }

    [Fact]
    public async Task Bearer_scheme_is_case_insensitive()
    {
        var outcome = await authenticator.AuthenticateAsync("bearer " + server.CreateToken(), TeamsActivity(), CancellationToken.None);

        Assert.Equal(200, outcome.StatusCode);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_forbidden()
    {
        server.AddKey("webchat-only", ["webchat"]);

        var outcome = await Authenticate(server.CreateToken(kid: "webchat-only"));

        Assert.Equal(403, outcome.StatusCode);
        Assert.Contains("endorsed", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_key_used_for_another_channel_is_forbidden()
    {
        var activity = TeamsActivity();
        activity.ChannelId = "webchat";

        var outcome = await authenticator.AuthenticateAsync("Bearer " + server.CreateToken(), activity, CancellationToken.None);

        Assert.Equal(403, outcome.StatusCode);
    }

    [Fact]
    public async Task ServiceUrl_claim_for_another_endpoint_is_unauthorized()
    {
        var outcome = await Authenticate(server.CreateToken(Claims(("serviceurl", "https://smba.trafficmanager.net/amer/"))));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Contains("serviceurl", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_serviceUrl_claim_is_unauthorized()
    {
        var outcome = await Authenticate(server.CreateToken(Claims(("serviceurl", null))));

        Assert.Equal(401, outcome.StatusCode);
    }

    [Fact]
    public async Task ServiceUrl_compares_without_case_or_trailing_slash()
    {
        var claim = LoopbackOpenIdServer.DefaultServiceUrl.ToUpperInvariant().TrimEnd('/');

        var outcome = await Authenticate(server.CreateToken(Claims(("serviceurl", claim))));

        Assert.Equal(200, outcome.StatusCode);
    }

    [Fact]
    public async Task Rejections_are_logged_with_the_reason_but_nothing_from_the_unauthenticated_body_or_the_token()
    {
        var token = server.CreateToken(Claims(("aud", "someone-else")));

        await Authenticate(token);

        var line = Assert.Single(log.Lines, l => l.Contains("Rejected", StringComparison.Ordinal));
        Assert.DoesNotContain("1721031151224", line, StringComparison.Ordinal);
        Assert.Contains("audience", line, StringComparison.Ordinal);
        foreach (var segment in token.Split('.'))
        {
            Assert.All(log.Lines, l => Assert.DoesNotContain(segment, l, StringComparison.Ordinal));
        }
    }

    internal static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1721031151224",
        ChannelId = LoopbackOpenIdServer.TeamsChannel,
        ServiceUrl = LoopbackOpenIdServer.DefaultServiceUrl,
        Text = "<at>Dialogue Bot</at> /next",
    };

    internal static Dictionary<string, object?> Claims(params (string Name, object? Value)[] overrides) =>
        overrides.ToDictionary(o => o.Name, o => o.Value);

    private async Task<AuthenticationOutcome> Authenticate(string token) =>
        await authenticator.AuthenticateAsync("Bearer " + token, TeamsActivity(), CancellationToken.None);
}
