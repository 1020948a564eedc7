using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor page's CSRF check (with its SameSite=Strict cookie, see <see cref="FloorEndpoints"/>): a POST must name
/// this site in its Origin header — the host it was sent to, or the configured public address when a proxy in front
/// changes the host. A missing Origin is refused too: every browser sends one on a POST, and a client that doesn't
/// is not a browser on the floor page.
/// </summary>
internal static class FloorOrigin
{
    public static bool IsSameOrigin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return false;
        }

        var request = context.Request;
        var own = $"{request.Scheme}://{request.Host.Value}";
        var publicBase = context.RequestServices.GetRequiredService<IOptions<DisplayOptions>>().Value.PublicBaseUrl;
        return SameOrigin(from, own) || SameOrigin(from, publicBase.GetLeftPart(UriPartial.Authority));
    }

    private static bool SameOrigin(Uri from, string expected) =>
        Uri.TryCreate(expected, UriKind.Absolute, out var target)
        && string.Equals(from.Scheme, target.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(from.Host, target.Host, StringComparison.OrdinalIgnoreCase)
        && from.Port == target.Port;
}
