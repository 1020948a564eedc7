using System.Collections.Concurrent;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// Service URLs that arrived in an authenticated activity. The bot's token may only be sent to
/// these: a serviceUrl from an unauthenticated request could point anywhere and would harvest it.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public TrustedServiceUrls()
    {
    }

    /// <summary>Seeds the set, e.g. with service URLs stored from authenticated activities before a restart.</summary>
    public TrustedServiceUrls(IEnumerable<string> initiallyTrusted)
    {
        ArgumentNullException.ThrowIfNull(initiallyTrusted);
        foreach (var url in initiallyTrusted)
        {
            Trust(url);
        }
    }

    /// <summary>Called by the HTTP endpoint once an activity's token and its serviceurl claim were validated.</summary>
    public void Trust(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } key)
        {
            _trusted.TryAdd(key, 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => Normalize(serviceUrl) is { } key && _trusted.ContainsKey(key);

    // Scheme, host and port compare case-insensitively; the trailing slash is not significant.
    private static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
