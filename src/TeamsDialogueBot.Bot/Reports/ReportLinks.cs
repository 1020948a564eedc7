using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>Where a report link points: <c>{Display:PublicBaseUrl}/report/{token}</c>, the address browsers reach the bot at.</summary>
public sealed class ReportLinks(IOptions<DisplayOptions> options)
{
    /// <summary>How long a link opens its report.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>The query parameter that asks the download page in a language.</summary>
    public const string LanguageParameter = "lang";

    /// <param name="language">
    /// The language the page should be written in when it is not the report's own (the dialogue's): the requesting
    /// chair's, carried in the link itself, so that nothing about the chair needs storing with the report.
    /// </param>
    public Uri PageOf(string token, string? language = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var baseUrl = options.Value.PublicBaseUrl;
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var query = language is null ? "" : $"?{LanguageParameter}={Uri.EscapeDataString(language)}";
        return new Uri(root, "report/" + token + query);
    }
}
