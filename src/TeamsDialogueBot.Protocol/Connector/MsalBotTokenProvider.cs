using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// Outbound tokens from Entra ID through MSAL, which caches them until shortly before expiry
/// (expires_in is 3600 s) — so the MSAL application is built once and kept — and held here between calls
/// (<see cref="HeldAccessToken"/>).
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication</remarks>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    internal const string Scope = "https://api.botframework.com/.default";
    internal const string ManagedIdentityResource = "https://api.botframework.com";

    // Legacy multi-tenant registrations get their tokens from the botframework.com tenant.
    private const string MultiTenantAuthorityTenant = "botframework.com";

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<IConfidentialClientApplication> _confidential;
    private readonly Lazy<IManagedIdentityApplication> _managed;
    private readonly HeldAccessToken _held;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _held = new HeldAccessToken(time ?? TimeProvider.System);
        _confidential = new(BuildConfidential, LazyThreadSafetyMode.ExecutionAndPublication);
        _managed = new(BuildManaged, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsAnonymous => _options.IsAnonymous;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            return null;
        }

        return await _held.GetAsync(AcquireAsync, cancellationToken);
    }

    private async Task<AcquiredToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = IsManagedIdentity(_options)
            ? await _managed.Value.AcquireTokenForManagedIdentity(ManagedIdentityResource).ExecuteAsync(cancellationToken)
            : await _confidential.Value.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return new AcquiredToken(result.AccessToken, result.ExpiresOn, result.AuthenticationResultMetadata?.RefreshOn);
    }

    /// <summary>The token authority: the bot's own tenant, or botframework.com for a legacy multi-tenant bot.</summary>
    internal static string AuthorityFor(BotFrameworkOptions options)
    {
        var tenant = string.Equals(options.MicrosoftAppType?.Trim(), "MultiTenant", StringComparison.OrdinalIgnoreCase)
            ? MultiTenantAuthorityTenant
            : options.MicrosoftAppTenantId ?? throw new InvalidOperationException("MicrosoftAppTenantId is required for a SingleTenant bot.");
        return $"{options.LoginAuthority.TrimEnd('/')}/{tenant}";
    }

    internal static bool IsManagedIdentity(BotFrameworkOptions options) =>
        string.Equals(options.MicrosoftAppType?.Trim(), "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    private IConfidentialClientApplication BuildConfidential() =>
        ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithClientSecret(_options.MicrosoftAppPassword)
            .WithAuthority(AuthorityFor(_options))
            .Build();

    private IManagedIdentityApplication BuildManaged() =>
        ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId))
            .Build();
}
