using System.Collections.Concurrent;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// Service URLs that arrived in an authenticated activity and that the <see cref="ServiceUrlPolicy"/> allows.
/// The bot's token may only be sent to these: a serviceUrl from an unauthenticated request could point anywhere
/// and would harvest it, and one outside the policy (an authenticated activity is no proof the URL is
/// Microsoft's in anonymous local mode, or if a token leaks) is never trusted at all.
/// </summary>
public sealed class TrustedServiceUrls
{
    /// <summary>Far more service URLs than a deployment sees (one per region and cloud).</summary>
    private const int AsSentCapacity = 256;

    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    // The exact strings already found allowed and trusted: every activity of a conversation carries the same one, and
    // checking it meant parsing it as a Uri three times per request (issue 17). The policy is immutable, so a string it
    // allowed once it allows again. Only authenticated activities get here; the cap bounds it all the same.
    private readonly ConcurrentDictionary<string, byte> _trustedAsSent = new(StringComparer.Ordinal);

    public TrustedServiceUrls(ServiceUrlPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
    }

    /// <summary>
    /// Seeds the set, e.g. with service URLs stored from authenticated activities before a restart; those the
    /// policy does not allow (any more) are left out.
    /// </summary>
    public TrustedServiceUrls(ServiceUrlPolicy policy, IEnumerable<string> initiallyTrusted)
        : this(policy)
    {
        ArgumentNullException.ThrowIfNull(initiallyTrusted);
        foreach (var url in initiallyTrusted)
        {
            Trust(url);
        }
    }

    public ServiceUrlPolicy Policy { get; }

    /// <summary>
    /// Called by the HTTP endpoint once an activity's token and its serviceurl claim were validated.
    /// False (and nothing trusted) when the policy does not allow the URL.
    /// </summary>
    public bool Trust(string serviceUrl)
    {
        if (serviceUrl is null)
        {
            return false;
        }

        if (_trustedAsSent.ContainsKey(serviceUrl))
        {
            return true;
        }

        if (!Policy.IsAllowed(serviceUrl) || Normalize(serviceUrl) is not { } key)
        {
            return false;
        }

        _trusted.TryAdd(key, 0);
        if (_trustedAsSent.Count >= AsSentCapacity)
        {
            _trustedAsSent.Clear();
        }

        _trustedAsSent.TryAdd(serviceUrl, 0);
        return true;
    }

    public bool IsTrusted(string? serviceUrl) =>
        Normalize(serviceUrl) is { } key && _trusted.ContainsKey(key) && Policy.IsAllowed(serviceUrl);

    // Scheme, host and port compare case-insensitively; the trailing slash is not significant.
    private static string? Normalize(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
