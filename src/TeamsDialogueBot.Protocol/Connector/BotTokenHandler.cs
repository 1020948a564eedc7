using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// Puts the bot's token on a Connector request, in the HttpClient pipeline rather than in each call. The request
/// names the serviceUrl it is for (<see cref="ServiceUrlOption"/>); the token is asked for and attached only when
/// that serviceUrl is trusted (it came in an authenticated activity and the policy allows it) and the request
/// really goes below it. Anything else is refused before a token is fetched, unless the bot has no credentials
/// at all (anonymous local mode), in which case it goes out bare.
/// </summary>
public sealed partial class BotTokenHandler : DelegatingHandler
{
    /// <summary>The serviceUrl a Connector request is made for, set by <see cref="ConnectorClient"/>.</summary>
    public static readonly HttpRequestOptionsKey<string> ServiceUrlOption = new("TeamsDialogueBot.Connector.ServiceUrl");

    private readonly IBotTokenProvider _tokens;
    private readonly TrustedServiceUrls _trusted;
    private readonly ILogger<BotTokenHandler> _logger;

    public BotTokenHandler(IBotTokenProvider tokens, TrustedServiceUrls trusted, ILogger<BotTokenHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(logger);
        _tokens = tokens;
        _trusted = trusted;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = null;
        request.Options.TryGetValue(ServiceUrlOption, out var serviceUrl);
        if (serviceUrl is not null && IsBelow(request.RequestUri, serviceUrl) && _trusted.IsTrusted(serviceUrl))
        {
            if (await _tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }
        else if (!_tokens.IsAnonymous)
        {
            var target = serviceUrl ?? request.RequestUri?.GetLeftPart(UriPartial.Authority);
            LogUntrusted(_logger, LogText.Safe(target));
            throw new InvalidOperationException(
                $"Refusing to call {LogText.Safe(target)} with the bot's credentials: that serviceUrl did not arrive in an authenticated activity or is not allowed.");
        }

        return await base.SendAsync(request, cancellationToken);
    }

    // The same scheme, host and port, and a path inside the serviceUrl's own (which keeps its regional prefix).
    private static bool IsBelow(Uri? request, string serviceUrl)
    {
        if (request is null || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var root))
        {
            return false;
        }

        var prefix = root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        return request.GetLeftPart(UriPartial.Path).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused to send the bot token to untrusted serviceUrl {ServiceUrl}")]
    private static partial void LogUntrusted(ILogger logger, string serviceUrl);
}
