using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Host.Pages;

/// <summary>
/// The privacy and terms pages the Teams manifest links to (privacyUrl, termsOfUseUrl), in the browser's UN language,
/// else Dialogue:Language (issue 14): they belong to no dialogue.
/// </summary>
public static class AppPages
{
    public static IEndpointRouteBuilder MapAppPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (DialogueLanguage languages, HttpContext context) =>
            Page(context, languages, t => (t["AppPage.PrivacyTitle"], t["AppPage.PrivacyHeading"], [t["AppPage.PrivacyKept"], t["AppPage.PrivacyAnonymous"]])));
        endpoints.MapGet("/terms", (DialogueLanguage languages, HttpContext context) =>
            Page(context, languages, t => (t["AppPage.TermsTitle"], t["AppPage.TermsHeading"], [t["AppPage.Terms"]])));
        return endpoints;
    }

    private static IResult Page(HttpContext context, DialogueLanguage languages, Func<Texts, (string Title, string Heading, string[] Paragraphs)> write)
    {
        var texts = Texts.For(BrowserLanguage.Of(context) ?? languages.Of(null));
        var (title, heading, paragraphs) = write(texts);
        var body = string.Concat(paragraphs.Select(p => $"<p>{H(p)}</p>\n"));
        context.Response.Headers.Vary = "Accept-Language";
        return Results.Content($"""
            <!doctype html><html lang="{texts.Culture.Name}" dir="{DisplaySnapshotBuilder.DirectionOf(texts.Language)}"><head><meta charset="utf-8"><title>{H(title)}</title></head><body><main>
            <h1>{H(heading)}</h1>
            {body}</main></body></html>
            """, "text/html; charset=utf-8");
    }

    private static string H(string text) => Html.Encode(text);
}
