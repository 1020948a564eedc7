using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Bot.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// Who a phone is on one dialogue: a cookie per dialogue (named by a hash of its conversation, so rotating the link
/// keeps it) holding the random browser id and what was typed on the first visit. HttpOnly (no script reads it),
/// SameSite=Strict (no other site's page can post with it) and Secure when the page is served over https.
/// </summary>
internal static class FloorCookie
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string NameFor(string conversationId) => "tdb-floor-" + FloorTokens.KeyOf("cookie:" + conversationId)[..16];

    /// <summary>The browser id in the cookie, when it has one of the right shape.</summary>
    public static string? BrowserIdOf(HttpRequest request, string conversationId) =>
        Stored(request, conversationId) is { } stored && FloorTokens.LooksLikeBrowserId(stored.B) ? stored.B : null;

    /// <summary>The visitor the cookie remembers, checked again (the groups may have changed); null when there is none to trust.</summary>
    public static PhoneVisitor? Read(HttpRequest request, string conversationId, IReadOnlyList<string> groups) =>
        Stored(request, conversationId) is { } stored && FloorTokens.LooksLikeBrowserId(stored.B)
        && PhoneProfile.TryCreate(stored.B!, stored.N, stored.O, stored.G, groups, out var visitor, out _)
            ? visitor
            : null;

    public static void Write(HttpContext context, string conversationId, PhoneVisitor visitor, bool https)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Value(visitor.BrowserId, visitor.Name, visitor.Organisation, visitor.Group));
        context.Response.Cookies.Append(NameFor(conversationId), Base64Url.EncodeToString(json), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = https,
            Path = "/floor",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    private static Value? Stored(HttpRequest request, string conversationId)
    {
        if (request.Cookies[NameFor(conversationId)] is not { Length: > 0 and < 4096 } text)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Value>(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // A cookie edited by hand or from another build: ask again, as on a first visit.
            return null;
        }
    }

    // Short names: the cookie goes with every request to /floor.
    private sealed record Value(string? B, string? N, string? O, string? G);
}
