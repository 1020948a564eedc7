using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// The secrets of report links: 256 random bits in base64url, like the display's. Only their SHA-256 is kept with the
/// report, so reading the links table gives nobody a working link; the chair's 1:1 message that carries the token is
/// pruned from the outbox with every sent message (Outbox:KeepSent, 2 hours by default).
/// </summary>
public static class ReportTokens
{
    private const int TokenBytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>What the store keys a link by: the token's SHA-256 in lower-case hex.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }

    /// <summary>True when <paramref name="token"/> has the shape of one <see cref="New"/> makes, so junk never reaches the database.</summary>
    public static bool LooksLikeToken(string? token) => DisplayLinks.LooksLikeToken(token);
}
