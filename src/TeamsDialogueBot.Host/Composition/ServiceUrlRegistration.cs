using System.Globalization;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Which serviceUrls the bot accepts and calls: BotFramework:AllowedServiceUrlHosts (host suffixes; replaces the
/// Teams and Bot Framework defaults when set) over https, and loopback over http in Development or with
/// BotFramework:AllowInsecureLoopbackServiceUrls=true (a local test rig such as the bench, never a deployment).
/// </summary>
public static class ServiceUrlRegistration
{
    public const string AllowedHostsKey = "BotFramework:AllowedServiceUrlHosts";
    public const string AllowLoopbackKey = "BotFramework:AllowInsecureLoopbackServiceUrls";

    public static WebApplicationBuilder AddServiceUrlPolicy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var policy = Read(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(policy);
        builder.Services.AddSingleton(new TrustedServiceUrls(policy));
        return builder;
    }

    /// <summary>The policy the settings describe; a malformed setting stops start-up, naming it.</summary>
    public static ServiceUrlPolicy Read(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AllowedHostsKey);
        string[] configured = section.Value is { Length: > 0 } list
            ? list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [.. section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0)];
        foreach (var host in configured)
        {
            if (!IsHostSuffix(host))
            {
                throw new InvalidOperationException(
                    $"{AllowedHostsKey} entry '{host}' is not a host name with at least one dot (e.g. smba.trafficmanager.net); give host suffixes, without scheme, port or path.");
            }
        }

        var loopbackSetting = configuration[AllowLoopbackKey];
        var allowLoopback = false;
        if (!string.IsNullOrWhiteSpace(loopbackSetting) && !bool.TryParse(loopbackSetting, out allowLoopback))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{AllowLoopbackKey} '{loopbackSetting}' is not true or false."));
        }

        return new ServiceUrlPolicy(configured.Length > 0 ? configured : ServiceUrlPolicy.DefaultAllowedHostSuffixes, allowLoopback || isDevelopment);
    }

    private static bool IsHostSuffix(string value)
    {
        var host = value.TrimStart('*').Trim('.');
        return host.Contains('.', StringComparison.Ordinal)
            && Uri.CheckHostName(host) == UriHostNameType.Dns
            && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
    }
}
