using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Host.Reports;

/// <summary>
/// GET /report/{token} (a page listing the report's files) and GET /report/{token}/{file} (one file, as an
/// attachment). A wrong, expired or revoked token, and a file the report does not have, all get the same 404 from
/// the same path, so the address space says nothing about which reports exist or existed.
/// </summary>
internal static class ReportEndpoints
{
    // The page needs no script, no image, no form and no frame; its one style sheet is inline.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Map(WebApplication app)
    {
        var report = app.MapGroup("/report");
        report.MapGet("/", NotFound);
        report.MapGet("/{token}", PageAsync);
        report.MapGet("/{token}/{file}", FileAsync);
    }

    private static async Task<IResult> PageAsync(string token, ReportDownloads downloads, Programme programme, TimeProvider time, HttpContext context)
    {
        var download = await downloads.OpenAsync(token, context.RequestAborted);
        if (download is null)
        {
            return NotFound();
        }

        Private(context.Response.Headers);
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var prefix = context.Request.Path.Value?.EndsWith('/') == true ? "" : token + "/";

        // The chair who asked reads the page in their language (the link carries it); anyone else, in the report's.
        var language = UnLanguages.Normalise(context.Request.Query[ReportLinks.LanguageParameter]) ?? download.Model.Language;
        var page = ReportPage.Render(prefix, download, ReportBuilder.ZoneOf(programme), time.GetUtcNow(), Texts.For(language));
        return Results.Content(page, "text/html; charset=utf-8");
    }

    private static async Task<IResult> FileAsync(string token, string file, ReportDownloads downloads, HttpContext context)
    {
        var found = (await downloads.OpenAsync(token, context.RequestAborted))?.File(file);
        if (found is null)
        {
            return NotFound();
        }

        Private(context.Response.Headers);
        return Results.Bytes(found.Content, found.ContentType, fileDownloadName: found.Name);
    }

    // The report names speakers: no cache keeps it, no Referer carries the token elsewhere, no browser guesses a type.
    private static void Private(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    private static IResult NotFound() => Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
