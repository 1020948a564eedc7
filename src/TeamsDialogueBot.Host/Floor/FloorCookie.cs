using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Bot.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// Who a phone is on one dialogue: a cookie per dialogue (named by a hash of its conversation, so rotating the link
/// keeps it) holding the random browser id and what was typed on the first visit. HttpOnly (no script reads it),
/// SameSite=Strict (no other site's page can post with it) and Secure when the page is served over https. Signed
/// (HMAC-SHA256 over the conversation and the value, see <see cref="FloorCookieKey"/>): an edited or made-up cookie reads
/// as none, so the page asks again and the join's per-address limit applies. The signed value carries when it was
/// issued and reads as none after <see cref="Lifetime"/>: the cookie's Max-Age only tells the browser to drop it, so
/// without this a value copied off a phone would stand for that person for ever.
/// </summary>
internal static class FloorCookie
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    // A phone's clock plays no part (the server stamps the time), but instances' clocks may differ a little.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static string NameFor(string conversationId) => "tdb-floor-" + FloorTokens.KeyOf("cookie:" + conversationId)[..16];

    /// <summary>The browser id in the cookie, when it has one of the right shape.</summary>
    public static string? BrowserIdOf(HttpRequest request, string conversationId, byte[] key, DateTimeOffset now) =>
        Stored(request, conversationId, key, now) is { } stored && FloorTokens.LooksLikeBrowserId(stored.B) ? stored.B : null;

    /// <summary>The visitor the cookie remembers, checked again (the groups may have changed); null when there is none to trust.</summary>
    public static PhoneVisitor? Read(HttpRequest request, string conversationId, IReadOnlyList<string> groups, byte[] key, DateTimeOffset now) =>
        Stored(request, conversationId, key, now) is { } stored && FloorTokens.LooksLikeBrowserId(stored.B)
        && PhoneProfile.TryCreate(stored.B!, stored.N, stored.O, stored.G, groups, out var visitor, out _)
            ? visitor
            : null;

    public static void Write(HttpContext context, string conversationId, PhoneVisitor visitor, bool https, byte[] key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Value(visitor.BrowserId, visitor.Name, visitor.Organisation, visitor.Group, now.ToUnixTimeSeconds()));
        var value = Base64Url.EncodeToString(json) + "." + Base64Url.EncodeToString(Sign(key, conversationId, json));
        context.Response.Cookies.Append(NameFor(conversationId), value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = https,
            Path = "/floor",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    private static Value? Stored(HttpRequest request, string conversationId, byte[] key, DateTimeOffset now)
    {
        if (request.Cookies[NameFor(conversationId)] is not { Length: > 0 and < 4096 } text)
        {
            return null;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return null;
        }

        try
        {
            var json = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
            return CryptographicOperations.FixedTimeEquals(signature, Sign(key, conversationId, json))
                && JsonSerializer.Deserialize<Value>(json) is { } value && IsCurrent(value, now)
                ? value
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // A cookie edited by hand or from another build: ask again, as on a first visit.
            return null;
        }
    }

    // A value from before issue times were signed in (T = 0) is as old as can be: the page asks again, once.
    private static bool IsCurrent(Value value, DateTimeOffset now)
    {
        if (value.T <= 0 || value.T > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var issued = DateTimeOffset.FromUnixTimeSeconds(value.T);
        return issued <= now + ClockSkew && now - issued <= Lifetime;
    }

    private static byte[] Sign(byte[] key, string conversationId, byte[] json) =>
        HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes(conversationId), (byte)'\n', .. json]);

    // Short names: the cookie goes with every request to /floor. T: when it was issued, Unix seconds.
    private sealed record Value(string? B, string? N, string? O, string? G, long T);
}
