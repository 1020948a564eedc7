using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>Where a report link points: <c>{Display:PublicBaseUrl}/report/{token}</c>, the address browsers reach the bot at.</summary>
public sealed class ReportLinks(IOptions<DisplayOptions> options)
{
    /// <summary>How long a link opens its report.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Uri PageOf(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var baseUrl = options.Value.PublicBaseUrl;
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, "report/" + token);
    }
}
