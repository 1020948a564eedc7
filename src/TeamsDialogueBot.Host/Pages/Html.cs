using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TeamsDialogueBot.Host.Pages;

/// <summary>
/// Text made safe for the pages' HTML. The pages are UTF-8 in six scripts: only the characters HTML reserves are
/// escaped, not every letter outside ASCII (HtmlEncoder.Default would write each Arabic or Chinese letter as &amp;#x…;).
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");
}
