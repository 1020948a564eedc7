namespace TeamsDialogueBot.Protocol;

/// <summary>
/// Bot credentials and endpoints, under the configuration names Bot Framework users know
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId), bound from
/// the configuration root; <see cref="OpenIdMetadataUrl"/> comes from "BotFramework:OpenIdMetadataUrl".
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>"SingleTenant" (default: new multi-tenant registrations closed on 31 July 2025), "MultiTenant" or "UserAssignedMSI".</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Authority host for outbound tokens; overridable for sovereign clouds and tests.</summary>
    public string LoginAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The Emulator convention: no app id means no authentication either way.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>
    /// Problems that must stop startup. Anonymous mode is allowed only in Development;
    /// elsewhere each missing setting is named.
    /// </summary>
    public IReadOnlyList<string> Validate(bool isDevelopment)
    {
        var problems = new List<string>();
        if (IsAnonymous)
        {
            if (!isDevelopment)
            {
                problems.Add("MicrosoftAppId is not set. Anonymous local mode is allowed only when ASPNETCORE_ENVIRONMENT=Development.");
            }

            return problems;
        }

        var type = MicrosoftAppType?.Trim() ?? "";
        var known = new[] { "SingleTenant", "MultiTenant", "UserAssignedMSI" };
        if (!known.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"MicrosoftAppType '{type}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
        }

        var needsSecret = !type.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (needsSecret && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            problems.Add("MicrosoftAppPassword is not set.");
        }

        var needsTenant = !type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            problems.Add("MicrosoftAppTenantId is not set.");
        }

        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out var metadata))
        {
            problems.Add($"BotFramework:OpenIdMetadataUrl '{OpenIdMetadataUrl}' is not an absolute URL.");
        }
        else if (metadata.Scheme != Uri.UriSchemeHttps && !(metadata.Scheme == Uri.UriSchemeHttp && metadata.IsLoopback))
        {
            problems.Add($"BotFramework:OpenIdMetadataUrl '{OpenIdMetadataUrl}' must be https (http is accepted only for loopback hosts).");
        }

        return problems;
    }
}
