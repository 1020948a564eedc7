using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// Validates the Bot Connector's JWT on an inbound activity, following the Bot Framework
/// authentication spec and the SDK's ChannelValidation / JwtTokenExtractor / EndorsementsValidator:
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-connector-to-bot
/// </summary>
/// <remarks>
/// Per token (done once, then remembered in <see cref="ValidatedTokenCache"/>): parsing, algorithm,
/// kid, signature, issuer, audience. Per request (cached or not): the lifetime against the clock,
/// that the key set it was checked against is still the current one, the key's endorsement of the
/// activity's channelId, and the serviceurl claim against the activity's serviceUrl.
/// </remarks>
public sealed partial class BotFrameworkAuthenticator : IInboundAuthenticator
{
    public const string ConnectorIssuer = "https://api.botframework.com";

    /// <summary>The spec's allowance for clocks that disagree.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The Connector signs with RS256; the SDK also accepts RS384/RS512. Anything else — HS256 with
    /// the public key as secret, "none" — is the classic forgery and is refused before any key lookup.
    /// </summary>
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly string appId;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SigningKeyCache keys;
    private readonly JsonWebTokenHandler handler = new();
    private readonly ValidatedTokenCache validated;
    private long fullValidations;

    public BotFrameworkAuthenticator(
        BotFrameworkOptions options,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthenticator> logger,
        HttpClient? metadataHttp = null)
        : this(options, timeProvider, logger, metadataHttp, ValidatedTokenCache.DefaultCapacity)
    {
    }

    internal BotFrameworkAuthenticator(
        BotFrameworkOptions options,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthenticator> logger,
        HttpClient? metadataHttp,
        int tokenCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.IsAnonymous)
        {
            throw new ArgumentException("MicrosoftAppId is not set; anonymous local mode uses AnonymousAuthenticator.", nameof(options));
        }

        var metadata = RequireSafeMetadataUrl(options.OpenIdMetadataUrl);
        var retriever = metadataHttp is null ? new HttpDocumentRetriever() : new HttpDocumentRetriever(metadataHttp);
        retriever.RequireHttps = metadata.Scheme == Uri.UriSchemeHttps;

        appId = options.MicrosoftAppId!.Trim();
        time = timeProvider;
        this.logger = logger;
        keys = new SigningKeyCache(metadata.AbsoluteUri, retriever, timeProvider, logger);
        validated = new ValidatedTokenCache(tokenCacheCapacity);
    }

    /// <summary>How many tokens went through the signature and claims check: what the token cache saves.</summary>
    internal long FullValidations => Interlocked.Read(ref fullValidations);

    internal int CachedTokenCount => validated.Count;

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (!outcome.Succeeded)
        {
            // Nothing from the activity: until it is authenticated, its fields are anyone's (issue 15 saw a forged
            // log line in an id). The reasons are our own constant texts.
            LogRejected(logger, outcome.StatusCode, outcome.Failure);
        }

        return outcome;
    }

    private async ValueTask<AuthenticationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!TryFindBearerToken(authorizationHeader, out var at))
        {
            return AuthenticationOutcome.Unauthorized("missing or non-Bearer Authorization header");
        }

        var digest = TokenDigest.Of(authorizationHeader.AsSpan(at));
        if (validated.TryGet(digest, out var cached))
        {
            if (await IsStillValidAsync(cached, cancellationToken))
            {
                return CheckActivity(cached, activity);
            }

            // Expired or validated against replaced keys: validate afresh, which refuses it if it must.
            validated.Forget(digest, cached);
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(authorizationHeader[at]);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return AuthenticationOutcome.Unauthorized("malformed token");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Unauthorized("signing algorithm not accepted");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Unauthorized("token names no signing key");
        }

        var snapshot = await keys.GetAsync(cancellationToken);
        if (snapshot is null)
        {
            return AuthenticationOutcome.Unavailable("signing keys unavailable");
        }

        // Keys roll over without notice: a kid we do not know may be a key published after our last fetch.
        if (!snapshot.KeysById.TryGetValue(token.Kid, out var key))
        {
            snapshot = await keys.RefreshAsync(snapshot, cancellationToken);
            if (snapshot is null || !snapshot.KeysById.TryGetValue(token.Kid, out key))
            {
                return AuthenticationOutcome.Unauthorized("unknown signing key");
            }
        }

        Interlocked.Increment(ref fullValidations);
        var result = await handler.ValidateTokenAsync(token, ParametersFor(key.Key));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Unauthorized(Describe(result.Exception));
        }

        if (LifetimeProblem(token) is { } lifetimeProblem)
        {
            return AuthenticationOutcome.Unauthorized(lifetimeProblem);
        }

        var serviceUrlClaim = token.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        var entry = new ValidatedToken(snapshot, key, token.ValidFrom, token.ValidTo, serviceUrlClaim, result.ClaimsIdentity);
        var outcome = CheckActivity(entry, activity);

        // Only a full success is remembered: refusals are re-examined (and refused) on every request.
        if (outcome.Succeeded)
        {
            validated.Remember(digest, entry);
        }

        return outcome;
    }

    // The cached entry was checked against a key set; a snapshot is immutable and replaced whole on
    // every successful fetch, so its identity is the key-set generation. After any replacement (daily,
    // or a rotation that dropped the kid) the token is validated again against the new keys.
    private async ValueTask<bool> IsStillValidAsync(ValidatedToken cached, CancellationToken cancellationToken)
    {
        var current = keys.TryGetFresh(out var fresh) ? fresh : await keys.GetAsync(cancellationToken);
        return ReferenceEquals(current, cached.Keys) && LifetimeProblem(cached.ValidFrom, cached.ValidTo) is null;
    }

    private static AuthenticationOutcome CheckActivity(ValidatedToken token, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || !token.Key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("signing key is not endorsed for the activity's channel");
        }

        if (!SameServiceUrl(token.ServiceUrlClaim, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("serviceurl claim does not match the activity");
        }

        // A copy per request (made when read): the cached identity is shared, and a ClaimsIdentity can be changed.
        return AuthenticationOutcome.SuccessWithCopyOf(token.Identity);
    }

    private TokenValidationParameters ParametersFor(SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = ConnectorIssuer,
        ValidateAudience = true,
        ValidAudience = appId,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,

        // Checked in LifetimeProblem against the injected TimeProvider; IdentityModel reads the wall clock.
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private string? LifetimeProblem(JsonWebToken token) =>
        token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _)
            ? LifetimeProblem(token.ValidFrom, token.ValidTo)
            : "token has no expiry";

    // validFrom is DateTime.MinValue when the token has no nbf.
    private string? LifetimeProblem(DateTime validFrom, DateTime validTo)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now > validTo + ClockSkew)
        {
            return "token expired";
        }

        if (validFrom != DateTime.MinValue && now < validFrom - ClockSkew)
        {
            return "token not yet valid";
        }

        return null;
    }

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenInvalidIssuerException => "issuer is not the Bot Connector",
        SecurityTokenInvalidAudienceException => "audience is not this bot",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not accepted",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "signature invalid",
        null => "token invalid",
        _ => "token invalid (" + failure.GetType().Name + ")",
    };

    // Where the token is rather than a copy of it: a cached token is never copied out of the header.
    private static bool TryFindBearerToken([NotNullWhen(true)] string? header, out Range token)
    {
        token = default;
        const string scheme = "Bearer ";
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = header.AsSpan(scheme.Length);
        var trimmed = rest.Trim();
        var start = scheme.Length + (rest.Length - rest.TrimStart().Length);
        token = start..(start + trimmed.Length);
        return trimmed.Length > 0 && !trimmed.Contains(' ');
    }

    // The .NET SDK compares case-insensitively; a trailing '/' is the same endpoint.
    // Compared as spans: this runs on every request, and trimmed copies of both URLs were allocated each time.
    private static bool SameServiceUrl(string? claim, string? activityServiceUrl) =>
        !string.IsNullOrWhiteSpace(claim)
        && !string.IsNullOrWhiteSpace(activityServiceUrl)
        && claim.AsSpan().Trim().TrimEnd('/').Equals(activityServiceUrl.AsSpan().Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static Uri RequireSafeMetadataUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var metadata))
        {
            throw new ArgumentException($"OpenID metadata URL '{url}' is not an absolute URL.", nameof(url));
        }

        var isHttps = metadata.Scheme == Uri.UriSchemeHttps;
        var isLoopbackHttp = metadata.Scheme == Uri.UriSchemeHttp && metadata.IsLoopback;
        if (!isHttps && !isLoopbackHttp)
        {
            throw new ArgumentException($"OpenID metadata URL '{url}' must be https (http only for loopback hosts).", nameof(url));
        }

        return metadata;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Rejected an inbound activity with {StatusCode}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int statusCode, string? reason);
}
