using Microsoft.AspNetCore.StaticFiles;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Host.Pages;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// GET /display/{token} (boardroom, 1920×1080), GET /display/{token}/panel (Teams side panel, 320 px),
/// /display/assets/*, the pages' words in a language (/display/texts/{language}) and the SignalR hub. A wrong or missing token is a plain 404 everywhere, hub included,
/// so the address space says nothing about which dialogues exist.
/// </summary>
internal static class DisplayEndpoints
{
    private static readonly HashSet<string> Assets = new(StringComparer.Ordinal) { "display.css", "display.js", "signalr.min.js", "configure.js", "teams.min.js", "qa.css", "qa.js", "floor-qr.css", "floor-qr.js", "texts.js" };

    // Teams shows tabs in an iframe on these origins (meeting side panel and stage).
    private const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.office.com https://*.cloud.microsoft";

    public static void Map(WebApplication app)
    {
        // Every request passes here: only the hub's go through the async check (an async lambda cost every vote a state machine).
        app.Use((context, next) => context.Request.Path.StartsWithSegments(DisplayHub.Path, StringComparison.Ordinal)
            ? HubGateAsync(context, next)
            : next(context));
        app.MapHub<DisplayHub>(DisplayHub.Path);

        var display = app.MapGroup("/display");
        display.MapGet("/", NotFound);
        display.MapGet("/configure", ConfigurePage);
        display.MapGet("/assets/{name}", Asset);
        display.MapGet("/texts/{language}", Words);
        display.MapGet("/{token}", (string token, DisplayAccess access, DisplayPage page, HttpContext context) =>
            PageAsync(token, "board", access, page, context));
        display.MapGet("/{token}/panel", (string token, DisplayAccess access, DisplayPage page, HttpContext context) =>
            PageAsync(token, "panel", access, page, context));
    }

    private static async Task HubGateAsync(HttpContext context, RequestDelegate next)
    {
        if (await context.RequestServices.GetRequiredService<DisplayAccess>()
                .ConversationOfAsync(context.Request.Query["token"], context.RequestAborted) is null)
        {
            await NotFound().ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static async Task<IResult> PageAsync(string token, string layout, DisplayAccess access, DisplayPage page, HttpContext context)
    {
        if (await access.ConversationOfAsync(token, context.RequestAborted) is not { } conversationId)
        {
            return NotFound();
        }

        // A shared screen speaks the dialogue's language (issue 14), whatever the browser showing it prefers; the
        // programme's texts are its translation into that language when it has one.
        var services = context.RequestServices;
        var dialogue = await services.GetRequiredService<IDialogueStore>().FindAsync(conversationId, context.RequestAborted);
        var language = services.GetRequiredService<DialogueLanguage>().Of(dialogue);
        var programme = services.GetRequiredService<Programme>().In(language);

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var html = page.Render(layout, DisplayPageTexts.In(language), programme.Title, programme.Language, DisplaySnapshotBuilder.DirectionOf(programme.Language));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    // The tab configuration page of the Teams manifest (configurableTabs[].configurationUrl). It holds no
    // dialogue data: the chair pastes the display link, token included, that the bot gave them. It is the chair's own
    // page: the browser's language when it is a UN one, else Dialogue:Language; inside Teams its script then follows
    // the client's locale.
    private static IResult ConfigurePage(DisplayPage page, DialogueLanguage languages, HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.Vary = "Accept-Language";
        var language = BrowserLanguage.Of(context) ?? languages.Of(null);
        return Results.Content(page.Configure(DisplayPageTexts.In(language)), "text/html; charset=utf-8");
    }

    // The words are the same for every dialogue: nothing here needs a token.
    private static IResult Words(string language, HttpContext context)
    {
        if (UnLanguages.Normalise(language) is not { } code)
        {
            return NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(DisplayPageTexts.In(code).Json, "application/json; charset=utf-8");
    }

    // A body, so a browser shows a page rather than its own network error.
    private static IResult NotFound() => Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static IResult Asset(string name, IWebHostEnvironment environment, HttpContext context)
    {
        var file = Assets.Contains(name) ? DisplayPage.Asset(environment, name) : null;
        if (file is null || !file.Exists)
        {
            return NotFound();
        }

        new FileExtensionContentTypeProvider().TryGetContentType(name, out var contentType);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(file.CreateReadStream(), contentType ?? "application/octet-stream");
    }
}
