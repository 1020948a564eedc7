using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>The secrets of the floor page: the link's token (256 bits), browser ids (128 bits) and the keys that stand for them.</summary>
public static class FloorTokens
{
    private const int TokenBytes = 32;
    private const int BrowserIdBytes = 16;

    /// <summary>A new link token: 43 base64url characters, the shape of the room display's, never the same value.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>A new browser id: the identity of one phone on one dialogue's list, kept in its cookie.</summary>
    public static string NewBrowserId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(BrowserIdBytes));

    /// <summary>True when <paramref name="token"/> has the shape of a link token, so junk never reaches the database.</summary>
    public static bool LooksLikeToken(string? token) => IsBase64Url(token, 43);

    public static bool LooksLikeBrowserId(string? id) => IsBase64Url(id, 22);

    /// <summary>
    /// What the live snapshot, which everyone holding the link receives, says instead of the browser id: each phone
    /// finds its own place by it, and nobody can act as another phone from it (a one-way hash of 128 random bits).
    /// </summary>
    public static string KeyOf(string browserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserId);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("tdb-floor-key:" + browserId)))[..22];
    }

    private static bool IsBase64Url(string? text, int length) =>
        text is not null && text.Length == length && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
