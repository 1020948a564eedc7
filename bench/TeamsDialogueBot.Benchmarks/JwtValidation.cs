using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Benchmarks;

/// <summary>
/// Validating a Connector JWT (RS256) once the signing keys are cached: in full for a token not
/// seen before, and from the validated-token cache for the same token again (the Connector's usual case).
/// </summary>
[MemoryDiagnoser]
public class JwtValidation
{
    // Twice the authenticator's token cache, which starts over when full: each token has always
    // been dropped by the time it comes round again, so every call pays the full validation.
    private const int DistinctTokens = 2048;

    private LoopbackOpenIdServer _openId = null!;
    private BotFrameworkAuthenticator _authenticator = null!;
    private Activity _activity = null!;
    private string[] _firstSightHeaders = [];
    private string _header = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _openId = LoopbackOpenIdServer.StartAsync().GetAwaiter().GetResult();
        _authenticator = new BotFrameworkAuthenticator(_openId.CreateOptions(), TimeProvider.System, NullLogger<BotFrameworkAuthenticator>.Instance);
        _activity = new Activity { Type = "message", ChannelId = "msteams", ServiceUrl = LoopbackOpenIdServer.DefaultServiceUrl };
        _header = _openId.CreateAuthorizationHeader();
        _firstSightHeaders = Enumerable.Range(0, DistinctTokens)
            .Select(i => _openId.CreateAuthorizationHeader(new Dictionary<string, object?> { ["jti"] = "bench-" + i }))
            .ToArray();
        if (!_authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None).AsTask().GetAwaiter().GetResult().Succeeded)
        {
            throw new InvalidOperationException("The benchmark token does not validate.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _openId.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task<bool> ValidateConnectorToken()
    {
        var header = _firstSightHeaders[_next];
        _next = (_next + 1) % DistinctTokens;
        return (await _authenticator.AuthenticateAsync(header, _activity, CancellationToken.None)).Succeeded;
    }

    [Benchmark]
    public async Task<bool> ValidateSameTokenAgain() =>
        (await _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None)).Succeeded;
}
