using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using TeamsDialogueBot.Protocol;

namespace TeamsDialogueBot.TestSupport;

/// <summary>
/// A stand-in for login.botframework.com on 127.0.0.1: OpenID metadata plus a JWKS whose keys carry
/// Bot Framework "endorsements", and a minter of Connector-style tokens signed with those keys.
/// Free of test-framework dependencies so other test projects can link this file.
/// </summary>
public sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    public const string ConnectorIssuer = "https://api.botframework.com";
    public const string DefaultAppId = "5b7d3c1e-0000-4000-8000-00000000b07a";
    public const string DefaultKeyId = "connector-key-1";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/";
    public const string TeamsChannel = "msteams";

    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, PublishedKey> keys = new(StringComparer.Ordinal);
    private int metadataRequests;
    private int keysRequests;

    private LoopbackOpenIdServer(WebApplication app, TimeProvider time, string appId)
    {
        this.app = app;
        Time = time;
        AppId = appId;
    }

    public string AppId { get; }

    /// <summary>The clock that stamps iat/nbf/exp on minted tokens: give it the validator's clock.</summary>
    public TimeProvider Time { get; }

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + MetadataPath;

    public int MetadataRequestCount => Volatile.Read(ref metadataRequests);

    public int KeysRequestCount => Volatile.Read(ref keysRequests);

    /// <summary>Starts the server with one key, <see cref="DefaultKeyId"/>, endorsed for msteams.</summary>
    public static async Task<LoopbackOpenIdServer> StartAsync(TimeProvider? time = null, string appId = DefaultAppId, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LoopbackOpenIdServer(builder.Build(), time ?? TimeProvider.System, appId);
        server.MapEndpoints();
        server.AddKey(DefaultKeyId);
        await server.app.StartAsync(cancellationToken);
        server.BaseUrl = server.app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>Options for a bot registered as <see cref="AppId"/> that trusts this server.</summary>
    public BotFrameworkOptions CreateOptions() => new()
    {
        MicrosoftAppType = "SingleTenant",
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = "loopback-secret",
        MicrosoftAppTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        OpenIdMetadataUrl = MetadataUrl,
    };

    /// <summary>Publishes a new RSA key in the JWKS; endorsements default to msteams.</summary>
    public RSA AddKey(string kid, IReadOnlyCollection<string>? endorsements = null)
    {
        var rsa = RSA.Create(2048);
        if (!keys.TryAdd(kid, new PublishedKey(rsa, endorsements ?? [TeamsChannel])))
        {
            rsa.Dispose();
            throw new InvalidOperationException($"Key '{kid}' is already published.");
        }

        return rsa;
    }

    public RSA GetKey(string kid) => keys[kid].Rsa;

    /// <summary>
    /// A Connector token: iss, aud, serviceurl, iat, nbf and exp (one hour) by default. An override
    /// replaces a claim; a null override removes it. DateTimeOffset values become epoch seconds.
    /// <paramref name="alg"/> is RS256/RS384/RS512, HS256 (keyed with the RSA public key, the
    /// algorithm-confusion forgery) or "none". <paramref name="key"/> defaults to the kid's published key.
    /// </summary>
    public string CreateToken(
        IReadOnlyDictionary<string, object?>? claims = null,
        string kid = DefaultKeyId,
        string alg = "RS256",
        RSA? key = null)
    {
        var now = Time.GetUtcNow();
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["iss"] = ConnectorIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = DefaultServiceUrl,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                payload.Remove(name);
            }
            else
            {
                payload[name] = value is DateTimeOffset instant ? instant.ToUnixTimeSeconds() : value;
            }
        }

        var header = new Dictionary<string, object?> { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = kid };
        var signingInput = Encode(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = Sign(Encoding.ASCII.GetBytes(signingInput), alg, key ?? keys[kid].Rsa);
        return signingInput + "." + Encode(signature);
    }

    public string CreateAuthorizationHeader(IReadOnlyDictionary<string, object?>? claims = null) => "Bearer " + CreateToken(claims);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var published in keys.Values)
        {
            published.Rsa.Dispose();
        }
    }

    private void MapEndpoints()
    {
        app.MapGet(MetadataPath, () =>
        {
            Interlocked.Increment(ref metadataRequests);
            var metadata = new Dictionary<string, object>
            {
                ["issuer"] = ConnectorIssuer,
                ["authorization_endpoint"] = BaseUrl + "/v1/authorize",
                ["jwks_uri"] = BaseUrl + KeysPath,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            };
            return Results.Text(JsonSerializer.Serialize(metadata), "application/json");
        });
        app.MapGet(KeysPath, () =>
        {
            Interlocked.Increment(ref keysRequests);
            var published = keys.Select(pair =>
            {
                var parameters = pair.Value.Rsa.ExportParameters(includePrivateParameters: false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = pair.Key,
                    ["n"] = Encode(parameters.Modulus!),
                    ["e"] = Encode(parameters.Exponent!),
                    ["endorsements"] = pair.Value.Endorsements,
                };
            });
            return Results.Text(JsonSerializer.Serialize(new { keys = published }), "application/json");
        });
    }

    private static byte[] Sign(byte[] signingInput, string alg, RSA key) => alg switch
    {
        "RS256" => key.SignData(signingInput, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        "RS384" => key.SignData(signingInput, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
        "RS512" => key.SignData(signingInput, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
        "HS256" => HMACSHA256.HashData(key.ExportSubjectPublicKeyInfo(), signingInput),
        "none" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(alg), alg, "Unsupported algorithm for test tokens."),
    };

    private static string Encode(byte[] bytes) => Base64UrlEncoder.Encode(bytes);

    private sealed record PublishedKey(RSA Rsa, IReadOnlyCollection<string> Endorsements);
}
