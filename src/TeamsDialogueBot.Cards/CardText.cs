using System.Globalization;
using System.Text;

namespace TeamsDialogueBot.Cards;

/// <summary>Makes user-typed text safe and short enough for TextBlocks.</summary>
public static class CardText
{
    private const string Ellipsis = "…";
    private const char WordJoiner = '\u2060';

    /// <summary>
    /// Neutralises the Markdown subset Teams renders in TextBlocks and FactSets (links, images,
    /// emphasis, code, lists, headings, quotes) and <c>&lt;at&gt;</c> mention tags by
    /// backslash-escaping their characters (CommonMark escapes), and strips control and
    /// bidirectional-override characters. Everything else (accents, CJK, emoji) stays verbatim.
    /// Truncate before calling this, so a cut never splits an escape.
    /// </summary>
    public static string Plain(string userText)
    {
        ArgumentNullException.ThrowIfNull(userText);
        var text = userText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append(c);
                lineStart = true;
                continue;
            }

            if (IsStripped(c))
            {
                continue;
            }

            if (lineStart && (c == ' ' || c == '\t'))
            {
                builder.Append(' ');
                continue;
            }

            if (lineStart)
            {
                lineStart = false;
                if (TryEscapeListMarker(text, i, builder, out var consumed))
                {
                    i += consumed - 1;
                    continue;
                }
            }

            if (IsMarkdownPunctuation(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Plain"/>, and no web or mail address left for Teams to turn into a link: a WORD JOINER (U+2060,
    /// invisible) breaks "://", "www." and "@", the patterns autolinkers (GFM's extended autolinks) look for. For text
    /// that is shown, never followed: a link a participant typed is kept as text.
    /// </summary>
    public static string Unlinked(string userText)
    {
        var text = Plain(userText);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(c);
            var breaks = (c == ':' && text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
                || c == '@'
                || (c is 'w' or 'W' && i >= 2 && text.AsSpan(i - 2, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && text.AsSpan(i + 1).StartsWith(".", StringComparison.Ordinal));
            if (breaks)
            {
                builder.Append(WordJoiner);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="maxChars"/> UTF-16 chars,
    /// ending with "…" when cut. Cuts only between text elements, so surrogate pairs, emoji
    /// sequences and combining accents stay whole.
    /// </summary>
    public static string Truncate(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var budget = maxChars - Ellipsis.Length;
        var length = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (length + element.Length > budget)
            {
                break;
            }

            length += element.Length;
        }

        var kept = text.AsSpan(0, length).TrimEnd();

        // A lone trailing backslash would escape the ellipsis in Markdown.
        if (kept.Length > 0 && kept[^1] == '\\')
        {
            kept = kept[..^1];
        }

        return string.Concat(kept, Ellipsis);
    }

    private static bool IsStripped(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static bool IsMarkdownPunctuation(char c) =>
        c is '\\' or '[' or ']' or '(' or ')' or '*' or '_' or '`' or '#' or '<' or '>' or '~' or '|';

    // A line starting "- ", "+ " or "1. " / "1) " becomes a list item in Teams.
    private static bool TryEscapeListMarker(string text, int start, StringBuilder builder, out int consumed)
    {
        consumed = 0;
        var c = text[start];
        if (c is '-' or '+')
        {
            if (start + 1 < text.Length && text[start + 1] is ' ' or '\t')
            {
                builder.Append('\\').Append(c);
                consumed = 1;
                return true;
            }

            return false;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var isMarker = end > start
            && end < text.Length
            && text[end] is '.' or ')'
            && (end + 1 == text.Length || text[end + 1] is ' ' or '\t' or '\n');
        if (!isMarker)
        {
            return false;
        }

        builder.Append(text, start, end - start).Append('\\').Append(text[end]);
        consumed = end - start + 1;
        return true;
    }
}
