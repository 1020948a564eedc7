using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Display;
using TeamsDialogueBot.Host.Pages;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor page (issue 18): GET /floor/{token}, POST /floor/{token}/join and /floor/{token}/{request|withdraw|hold|resume},
/// its assets, its SignalR hub, and the room display's QR code (/display/{token}/floor-qr.svg). A made-up or rotated
/// token is a plain 404 everywhere, as for the room display.
/// </summary>
/// <remarks>
/// Cross-site request forgery: no anti-forgery token. The cookie that says who a phone is is SameSite=Strict, so no
/// other site's page can post as that phone, and every POST must carry an Origin header naming this host (or the
/// configured public address): the page is served with Referrer-Policy same-origin, under which browsers send the
/// page's real origin on same-origin form posts and fetches. An anti-forgery token would need the data-protection key
/// ring shared by every instance, for no protection these two don't already give.
/// </remarks>
internal static class FloorEndpoints
{
    private static readonly HashSet<string> Assets = new(StringComparer.Ordinal) { "floor.css", "floor.js" };
    private static readonly Dictionary<string, PhoneAction> Actions = new(StringComparer.Ordinal)
    {
        ["request"] = PhoneAction.Request,
        ["withdraw"] = PhoneAction.Withdraw,
        ["hold"] = PhoneAction.Hold,
        ["resume"] = PhoneAction.Resume,
    };

    private const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(WebApplication app)
    {
        // Every request passes here: only the hub's go through the async check (an async lambda cost every vote a state machine).
        app.Use((context, next) => context.Request.Path.StartsWithSegments(FloorHub.Path, StringComparison.Ordinal)
            ? HubGateAsync(context, next)
            : next(context));
        app.MapHub<FloorHub>(FloorHub.Path);
        app.MapGet("/display/{token}/floor-qr.svg", QrCodeAsync);

        var floor = app.MapGroup("/floor");
        floor.MapGet("/assets/{name}", Asset);
        floor.MapGet("/{token}", PageAsync);
        floor.MapPost("/{token}/join", JoinAsync).DisableAntiforgery();
        floor.MapPost("/{token}/{action}", ActAsync).DisableAntiforgery();
    }

    private static async Task HubGateAsync(HttpContext context, RequestDelegate next)
    {
        if (await FindAsync(context, context.Request.Query["token"]) is null)
        {
            await Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static async Task<IResult> PageAsync(string token, HttpContext context, PhoneSnapshots snapshots, FloorCookieKey key, TimeProvider time)
    {
        if (await FindAsync(context, token) is not { } link)
        {
            return NotFound(context, token);
        }

        var groups = await snapshots.GroupsAsync(link.ConversationId, context.RequestAborted);
        var visitor = FloorCookie.Read(context.Request, link.ConversationId, groups, await key.GetAsync(), time.GetUtcNow());
        var snapshot = await snapshots.LoadAsync(link, context.RequestAborted);
        var frame = await FrameAsync(context, token, link);
        if (visitor is null || context.Request.Query.ContainsKey("edit"))
        {
            return Html(context, FloorPage.Join(frame, snapshot, groups, visitor, null, null, null, null));
        }

        var flash = Enum.TryParse<PhoneOutcome>(context.Request.Query["done"], out var done) && Enum.IsDefined(done) ? frame.Texts.Outcome(done) : null;
        return Html(context, FloorPage.Status(frame, snapshot, visitor, flash));
    }

    private static async Task<IResult> JoinAsync(
        string token, HttpContext context, PhoneSnapshots snapshots, FloorRateLimits limits, FloorCookieKey key, TimeProvider time,
        PhoneRequests phones, IDialogueStore dialogues)
    {
        if (await FindAsync(context, token) is not { } link)
        {
            return NotFound(context, token);
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        var frame = await FrameAsync(context, token, link);
        if (Refusal(context, frame, () => limits.TryAcquireJoin(link.ConversationId, address)) is { } refused)
        {
            return refused;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var groups = await snapshots.GroupsAsync(link.ConversationId, context.RequestAborted);
        var signing = await key.GetAsync();
        var browserId = FloorCookie.BrowserIdOf(context.Request, link.ConversationId, signing, time.GetUtcNow()) ?? FloorTokens.NewBrowserId();
        var (name, organisation, group) = (form["name"].ToString(), form["organisation"].ToString(), form["group"].ToString());
        if (!PhoneProfile.TryCreate(browserId, name, organisation, group, groups, out var visitor, out var problem))
        {
            var snapshot = await snapshots.LoadAsync(link, context.RequestAborted);
            // What was typed comes back to be corrected, cut well short of a page nobody wants (a 200 KB "name").
            return Html(
                context,
                FloorPage.Join(frame, snapshot, groups, null, Cut(name, 2 * SpeakerLimits.Name), Cut(organisation, 2 * SpeakerLimits.Organisation), Cut(group, 2 * SpeakerLimits.Group), frame.Texts.Problem(problem)),
                StatusCodes.Status422UnprocessableEntity);
        }

        var before = FloorCookie.Read(context.Request, link.ConversationId, groups, signing, time.GetUtcNow());
        if (before is not null && before.BrowserId == visitor.BrowserId && before != visitor
            && limits.TryAcquire(link.ConversationId, visitor.BrowserId)
            && ((await dialogues.FindAsync(link.ConversationId, context.RequestAborted))?.Reference ?? link.Reference) is { } reference)
        {
            // "Change my details" while on the list: the entry shows the corrected name, as the room display and the
            // chairs' card should. A fresh request id each time: a correction undone later is a change again.
            await phones.RunAsync(reference, token, visitor, PhoneAction.CorrectDetails, Guid.NewGuid().ToString("N"), context.RequestAborted);
        }

        FloorCookie.Write(context, link.ConversationId, visitor, IsHttps(context), signing, time.GetUtcNow());
        return SeeOther(context, $"/floor/{token}");
    }

    private static async Task<IResult> ActAsync(
        string token, string action, HttpContext context, PhoneSnapshots snapshots, PhoneRequests phones, IDialogueStore dialogues, FloorRateLimits limits,
        FloorCookieKey key, TimeProvider time)
    {
        if (!Actions.TryGetValue(action, out var kind) || await FindAsync(context, token) is not { } link)
        {
            return NotFound(context, token);
        }

        var groups = await snapshots.GroupsAsync(link.ConversationId, context.RequestAborted);
        if (FloorCookie.Read(context.Request, link.ConversationId, groups, await key.GetAsync(), time.GetUtcNow()) is not { } visitor)
        {
            // No cookie (first visit, or cleared): the page asks who they are first.
            return WantsJson(context) ? Results.Json(new { needsProfile = true }, statusCode: StatusCodes.Status409Conflict) : SeeOther(context, $"/floor/{token}");
        }

        var frame = await FrameAsync(context, token, link);
        if (Refusal(context, frame, acquire: null) is { } forbidden)
        {
            return forbidden;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var requestId = form["requestId"].ToString();
        if (!PhoneRequests.LooksLikeRequestId(requestId))
        {
            return Results.Text("A request id is missing.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        // Only a well-formed action from a browser the bot signed takes one of the dialogue's permits.
        if (Refusal(context, frame, () => limits.TryAcquire(link.ConversationId, visitor.BrowserId)) is { } refused)
        {
            return refused;
        }

        var reference = (await dialogues.FindAsync(link.ConversationId, context.RequestAborted))?.Reference ?? link.Reference;
        var outcome = reference is null ? PhoneOutcome.LinkGone
            : await phones.RunAsync(reference, token, visitor, kind, requestId, context.RequestAborted);
        if (outcome == PhoneOutcome.LinkGone)
        {
            return NotFound(context, token);
        }

        if (!WantsJson(context))
        {
            return SeeOther(context, $"/floor/{token}?done={outcome}");
        }

        var snapshot = await snapshots.LoadAsync(await FindAsync(context, token) ?? link, context.RequestAborted);
        return Results.Json(new PhoneActionReply(outcome.ToString(), frame.Texts.Outcome(outcome), snapshot));
    }

    private static async Task<IResult> QrCodeAsync(string token, HttpContext context, DisplayAccess access, IFloorLinks links, IOptions<DisplayOptions> options)
    {
        if (await access.ConversationOfAsync(token, context.RequestAborted) is not { } conversationId
            || await links.FindAsync(conversationId, context.RequestAborted) is not { IsOn: true, Token: { } floorToken })
        {
            return Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(FloorQrCode.Svg(FloorUrls.Of(options.Value.PublicBaseUrl, floorToken).AbsoluteUri), "image/svg+xml; charset=utf-8");
    }

    private static string Cut(string text, int limit) => text.Length > limit ? text[..limit] : text;

    // A post from another origin, then (when acquire is given) one over its rate limit; null when the post may go ahead.
    private static IResult? Refusal(HttpContext context, FloorPage.Frame frame, Func<bool>? acquire)
    {
        var texts = frame.Texts;
        if (!FloorOrigin.IsSameOrigin(context))
        {
            // The page's script shows the message it is given; an HTML page left it saying the link no longer works.
            return WantsJson(context)
                ? Results.Json(new { message = texts.Forbidden }, statusCode: StatusCodes.Status403Forbidden)
                : Html(context, FloorPage.Message(frame, texts.PageTitle, texts.Forbidden, linkBack: true), StatusCodes.Status403Forbidden);
        }

        if (acquire is null || acquire())
        {
            return null;
        }

        context.Response.Headers.RetryAfter = "60";
        return WantsJson(context)
            ? Results.Json(new { message = texts.TooMany }, statusCode: StatusCodes.Status429TooManyRequests)
            : Html(context, FloorPage.Message(frame, texts.TooManyHeading, texts.TooMany, linkBack: true), StatusCodes.Status429TooManyRequests);
    }

    private static async Task<FloorLink?> FindAsync(HttpContext context, string? token) =>
        FloorTokens.LooksLikeToken(token)
            ? await context.RequestServices.GetRequiredService<IFloorLinks>().FindByTokenAsync(token!, context.RequestAborted)
            : null;

    private static IResult NotFound(HttpContext context, string token)
    {
        // No dialogue to take a language from: the browser's, when it is a UN one, else the default.
        var frame = FrameIn(context, FloorTokens.LooksLikeToken(token) ? token : "", DefaultLanguage(context));
        var texts = frame.Texts;
        return Html(context, FloorPage.Message(frame, texts.PageTitle, texts.NotFound, linkBack: false), StatusCodes.Status404NotFound);
    }

    private static IResult Html(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";

        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on form posts (Fetch standard),
        // which the CSRF check could not tell from another site's. The token in the URL never leaves the site either way.
        headers["Referrer-Policy"] = "same-origin";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    // 303: the browser follows with a GET, so reloading the page after an action never posts it again.
    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private static bool IsHttps(HttpContext context) =>
        context.Request.IsHttps || context.RequestServices.GetRequiredService<IOptions<DisplayOptions>>().Value.PublicBaseUrl.Scheme == Uri.UriSchemeHttps;

    /// <summary>
    /// The page's frame in the language it is written in (issue 14): the browser's first choice when it is one of the six
    /// UN languages (the page is the phone's own, as a private view follows the reader's Teams locale), else the dialogue's.
    /// </summary>
    private static async Task<FloorPage.Frame> FrameAsync(HttpContext context, string token, FloorLink link)
    {
        var language = BrowserLanguage.Of(context)
            ?? await context.RequestServices.GetRequiredService<PhoneSnapshots>().LanguageAsync(link.ConversationId, context.RequestAborted);
        return FrameIn(context, token, language);
    }

    private static FloorPage.Frame FrameIn(HttpContext context, string token, string language)
    {
        var texts = PhonePageTexts.In(language);
        var code = UnLanguages.Normalise(language) ?? UnLanguages.English;
        var programme = context.RequestServices.GetRequiredService<Programme>().In(code);
        return new FloorPage.Frame(BotCultures.Of(code).Name, DisplaySnapshotBuilder.DirectionOf(code), programme.Title, token, texts)
        {
            TitleLanguage = programme.Language,
        };
    }

    private static string DefaultLanguage(HttpContext context) =>
        BrowserLanguage.Of(context) ?? context.RequestServices.GetRequiredService<DialogueLanguage>().Of(null);

    private static IResult Asset(string name, IWebHostEnvironment environment, HttpContext context)
    {
        var file = Assets.Contains(name) ? environment.WebRootFileProvider.GetFileInfo("floor/" + name) : null;
        if (file is null || !file.Exists)
        {
            return Results.Text("Not found.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(file.CreateReadStream(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript");
    }
}
