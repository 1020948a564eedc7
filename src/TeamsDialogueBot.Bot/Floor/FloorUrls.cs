using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>The floor page's address under <see cref="DisplayOptions.PublicBaseUrl"/>, and its short form for the screen.</summary>
public static class FloorUrls
{
    public static Uri Of(Uri publicBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        var root = publicBaseUrl.AbsoluteUri.EndsWith('/') ? publicBaseUrl : new Uri(publicBaseUrl.AbsoluteUri + "/");
        return new Uri(root, "floor/" + token);
    }

    /// <summary>"dialogue.example.org/floor/…": what people type when they can't scan, without the scheme browsers add.</summary>
    public static string ShortText(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsoluteUri[(url.Scheme.Length + 3)..];
    }
}
