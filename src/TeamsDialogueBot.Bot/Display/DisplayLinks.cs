using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>The secret links of a dialogue's room display: one token per conversation, 256 random bits.</summary>
public sealed class DisplayLinks(IOptions<DisplayOptions> options)
{
    private const int TokenBytes = 32;

    /// <summary>The boardroom page of a token; the Teams side panel is the same address + "/panel".</summary>
    public Uri Boardroom(string token)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, "display/" + token);
    }

    /// <summary>True when <paramref name="token"/> has the shape of one this class makes, so junk never reaches the database.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
}
