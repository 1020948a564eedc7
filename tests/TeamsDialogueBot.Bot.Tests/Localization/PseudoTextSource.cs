using System.Globalization;
using System.Text;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>
/// A pseudo-locale: every English text accented, 40 % longer and bracketed ⟦…⟧, placeholders, `commands` and Markdown
/// kept. A card rendered with it shows at a glance which of its words came from no resource.
/// </summary>
internal sealed class PseudoTextSource : ITextSource
{
    public const char Open = '⟦';
    private const string Accented = "àƀçđéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞɊŔŠŢÚṼŴẊÝŽ";
    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string? Find(string key, CultureInfo culture)
    {
        var english = ResxTextSource.Instance.Find(key, CultureInfo.InvariantCulture);
        if (english is null)
        {
            return null;
        }

        // A date pattern stays a pattern: only its literal text could be pseudo-localised, and it has none to speak of.
        return key.EndsWith("Format", StringComparison.Ordinal) ? english : Pseudo(english);
    }

    private static string Pseudo(string text)
    {
        var result = new StringBuilder().Append(Open);
        var verbatim = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '`')
            {
                verbatim = !verbatim;
            }

            if (c == '{' && !verbatim)
            {
                var end = text.IndexOf('}', i);
                result.Append(text, i, end - i + 1);
                i = end;
                continue;
            }

            var at = Plain.IndexOf(c, StringComparison.Ordinal);
            result.Append(verbatim || at < 0 ? c : Accented[at]);
        }

        var padding = (int)Math.Ceiling(text.Length * 0.4);
        return result.Append(' ').Append('~', padding).Append('⟧').ToString();
    }
}
