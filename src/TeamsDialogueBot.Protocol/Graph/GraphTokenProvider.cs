using System.Collections.Concurrent;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using Microsoft.Kiota.Abstractions.Authentication;

namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>
/// App-only Microsoft Graph tokens for the bot's own app registration through MSAL client credentials (scope
/// "{graph host}/.default"), or its user-assigned managed identity. A token is given only for the configured Graph
/// host, over https (http only for loopback test servers), so it can never leave for another address.
/// </summary>
/// <remarks>https://learn.microsoft.com/graph/auth-v2-service</remarks>
public sealed class GraphTokenProvider : IAccessTokenProvider
{
    private readonly BotFrameworkOptions _bot;
    private readonly GraphOptions _graph;
    private readonly string _tenant;
    private static readonly ConcurrentDictionary<string, IConfidentialClientApplication> Confidential = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IManagedIdentityApplication> Managed = new(StringComparer.Ordinal);

    /// <param name="tenant">The tenant to ask: the bot's own for a single-tenant bot, the meeting's for a multi-tenant one.</param>
    public GraphTokenProvider(BotFrameworkOptions bot, GraphOptions graph, string tenant)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(graph);
        _bot = bot;
        _graph = graph;
        _tenant = tenant;
        AllowedHostsValidator = new AllowedHostsValidator([new Uri(graph.BaseUrl).Host]);
    }

    public AllowedHostsValidator AllowedHostsValidator { get; }

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (_bot.IsAnonymous || !AllowedHostsValidator.IsUrlHostValid(uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            return string.Empty;
        }

        var scope = _graph.Scope;
        if (Connector.MsalBotTokenProvider.IsManagedIdentity(_bot))
        {
            var managed = Managed.GetOrAdd(_bot.MicrosoftAppId!, id =>
                ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(id)).Build());
            var mi = await managed.AcquireTokenForManagedIdentity(scope[..^"/.default".Length]).ExecuteAsync(cancellationToken);
            return mi.AccessToken;
        }

        // One MSAL application per tenant and authority: MSAL caches each one's tokens until shortly before they expire.
        var authority = $"{_bot.LoginAuthority.TrimEnd('/')}/{_tenant}";
        var app = Confidential.GetOrAdd(_bot.MicrosoftAppId + "|" + authority, _ =>
            ConfidentialClientApplicationBuilder.Create(_bot.MicrosoftAppId)
                .WithClientSecret(_bot.MicrosoftAppPassword)
                .WithAuthority(authority)
                .Build());
        var result = await app.AcquireTokenForClient([scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
