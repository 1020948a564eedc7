namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// Which serviceUrls the bot will ever call. An authenticated activity's serviceUrl is where the bot sends
/// its token next, so a serviceUrl outside Microsoft's Bot Connector domains (169.254.169.254, an intranet
/// host) is refused before anything is stored or trusted: https only, on a host that is one of
/// <see cref="AllowedHostSuffixes"/> or below one. Loopback (http or https) is accepted only where
/// <see cref="AllowLoopback"/> says so: in Development, and for a deliberately configured local test rig.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>
    /// The Bot Connector's service domains. Teams' public cloud answers on smba.trafficmanager.net under a regional
    /// path (/amer/, /emea/, /apac/, /teams/); the US government clouds have their own hosts, listed by Microsoft for
    /// proactive messaging (GCC, GCC High in "Send proactive messages",
    /// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages, and with
    /// DoD in the Agents SDK's TeamsServiceEndpoints,
    /// https://microsoft.github.io/Agents-for-js/variables/_microsoft_agents-hosting.TeamsServiceEndpoints.html).
    /// The other channels of Bot Framework live under botframework.com, and the Bot Service's government and
    /// 21Vianet clouds under botframework.azure.us and botframework.azure.cn
    /// (https://learn.microsoft.com/azure/bot-service/how-to-deploy-gov-cloud-high,
    /// https://learn.microsoft.com/azure/bot-service/how-to-deploy-china-cloud). Teams operated by 21Vianet does not
    /// document its serviceUrl host: a bot deployed there adds it to BotFramework:AllowedServiceUrlHosts.
    /// </summary>
    public static IReadOnlyList<string> DefaultAllowedHostSuffixes { get; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "botframework.com",
        "botframework.azure.us",
        "botframework.azure.cn",
    ];

    private readonly string[] _suffixes;

    public ServiceUrlPolicy(IEnumerable<string> allowedHostSuffixes, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(allowedHostSuffixes);
        _suffixes = [.. allowedHostSuffixes.Select(NormalizeSuffix).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];
        AllowLoopback = allowLoopback;
    }

    /// <summary>The Teams and Bot Framework domains, no loopback: what production uses unless configured.</summary>
    public static ServiceUrlPolicy Default { get; } = new(DefaultAllowedHostSuffixes, allowLoopback: false);

    public IReadOnlyList<string> AllowedHostSuffixes => _suffixes;

    public bool AllowLoopback { get; }

    public bool IsAllowed(string? serviceUrl) => Problem(serviceUrl) is null;

    /// <summary>Null when the bot may call <paramref name="serviceUrl"/>; otherwise why not (no part of the URL is echoed).</summary>
    public string? Problem(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            return "serviceUrl is missing.";
        }

        if (!Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "serviceUrl is not an absolute http(s) URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "serviceUrl must not carry user info, a query or a fragment.";
        }

        if (uri.IsLoopback)
        {
            return AllowLoopback ? null : "serviceUrl is a loopback address, allowed only in Development or with BotFramework:AllowInsecureLoopbackServiceUrls.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "serviceUrl must be https.";
        }

        if (!uri.IsDefaultPort)
        {
            return "serviceUrl must use the default https port.";
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        foreach (var suffix in _suffixes)
        {
            if (host == suffix || host.EndsWith("." + suffix, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return "serviceUrl's host is not one of BotFramework:AllowedServiceUrlHosts.";
    }

    // "*.botframework.com", ".botframework.com" and "BotFramework.com." all mean the domain and everything below it.
    private static string NormalizeSuffix(string suffix)
    {
        var trimmed = (suffix ?? "").Trim().TrimStart('*').Trim('.').ToLowerInvariant();
        return trimmed;
    }
}
