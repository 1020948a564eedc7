using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Authentication;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Benchmarks;

/// <summary>Validating a Connector JWT (RS256) once the signing keys are cached: paid by every request.</summary>
[MemoryDiagnoser]
public class JwtValidation
{
    private LoopbackOpenIdServer _openId = null!;
    private BotFrameworkAuthenticator _authenticator = null!;
    private Activity _activity = null!;
    private string _header = "";

    [GlobalSetup]
    public void Setup()
    {
        _openId = LoopbackOpenIdServer.StartAsync().GetAwaiter().GetResult();
        _authenticator = new BotFrameworkAuthenticator(_openId.CreateOptions(), TimeProvider.System, NullLogger<BotFrameworkAuthenticator>.Instance);
        _activity = new Activity { Type = "message", ChannelId = "msteams", ServiceUrl = LoopbackOpenIdServer.DefaultServiceUrl };
        _header = _openId.CreateAuthorizationHeader();
        if (!_authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None).AsTask().GetAwaiter().GetResult().Succeeded)
        {
            throw new InvalidOperationException("The benchmark token does not validate.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _openId.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<bool> ValidateConnectorToken() =>
        (await _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None)).Succeeded;
}
