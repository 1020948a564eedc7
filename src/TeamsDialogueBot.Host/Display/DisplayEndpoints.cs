using Microsoft.AspNetCore.StaticFiles;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// GET /display/{token} (boardroom, 1920×1080), GET /display/{token}/panel (Teams side panel, 320 px),
/// /display/assets/* and the SignalR hub. A wrong or missing token is a plain 404 everywhere, hub included,
/// so the address space says nothing about which dialogues exist.
/// </summary>
internal static class DisplayEndpoints
{
    private static readonly HashSet<string> Assets = new(StringComparer.Ordinal) { "display.css", "display.js", "signalr.min.js", "configure.js", "teams.min.js", "qa.css", "qa.js", "floor-qr.css", "floor-qr.js" };

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
        display.MapGet("/{token}", (string token, DisplayAccess access, DisplayPage page, Programme programme, HttpContext context) =>
            PageAsync(token, "board", access, page, programme, context));
        display.MapGet("/{token}/panel", (string token, DisplayAccess access, DisplayPage page, Programme programme, HttpContext context) =>
            PageAsync(token, "panel", access, page, programme, context));
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

    private static async Task<IResult> PageAsync(
        string token, string layout, DisplayAccess access, DisplayPage page, Programme programme, HttpContext context)
    {
        if (await access.ConversationOfAsync(token, context.RequestAborted) is null)
        {
            return NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var html = page.Render(layout, programme.Language, DisplaySnapshotBuilder.DirectionOf(programme.Language), programme.Title);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    // The tab configuration page of the Teams manifest (configurableTabs[].configurationUrl). It holds no
    // dialogue data: the chair pastes the display link, token included, that the bot gave them.
    private static IResult ConfigurePage(IWebHostEnvironment environment, HttpContext context)
    {
        var file = DisplayPage.Asset(environment, "configure.html");
        if (file is null || !file.Exists)
        {
            return NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8");
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
