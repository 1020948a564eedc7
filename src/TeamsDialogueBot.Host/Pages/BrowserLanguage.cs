using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Host.Pages;

/// <summary>
/// The language a browser asks a page in (issue 14): its most preferred Accept-Language when that is one of the six UN
/// languages, else null — a de-DE browser then reads the dialogue's language, as a de-DE Teams locale does.
/// </summary>
internal static class BrowserLanguage
{
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Value.HasValue && l.Value.Value != "*")
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return preferred is null ? null : UnLanguages.Normalise(preferred.Value.Value);
    }
}
