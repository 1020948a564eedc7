using System.Buffers;
using System.Globalization;
using System.Text;

namespace TeamsDialogueBot.Protocol.Logging;

/// <summary>
/// Makes a user-controlled value safe to put in a log line. Console and file sinks write the text as it
/// is: a newline in an activity id forged a whole "crit:" line, an ANSI escape recoloured the terminal,
/// and a 200,000-character id filled the log on every refused request (issue 15).
/// </summary>
public static class LogText
{
    /// <summary>What a log line shows for an absent value.</summary>
    public const string Null = "(null)";

    // The ASCII controls, found with one vectorised search before the per-character check of non-ASCII text.
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    /// <summary>
    /// The value with every control, format (bidi overrides, zero-width) and line/paragraph separator character
    /// written as a visible <c>\uXXXX</c> escape, cut to <paramref name="max"/> characters of the original with
    /// "…(N chars)" appended when longer. Returns the same instance when nothing needs changing.
    /// </summary>
    public static string Safe(string? value, int max = 120)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (value is null)
        {
            return Null;
        }

        var keep = Math.Min(value.Length, max);

        // A surrogate pair is kept whole or dropped whole, so the result is always valid UTF-16.
        if (keep < value.Length && keep > 0 && char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        var clean = keep == value.Length && value.AsSpan().IndexOfAny(AsciiControls) < 0 && !HasUnsafeCategory(value);
        if (clean)
        {
            return value;
        }

        var text = new StringBuilder(keep + 24);
        for (var i = 0; i < keep; i++)
        {
            var c = value[i];
            if (NeedsEscape(value, i))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        if (keep < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"…({value.Length} chars)");
        }

        return text.ToString();
    }

    private static bool HasUnsafeCategory(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] >= '\u0080' && NeedsEscape(value, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscape(string value, int index)
    {
        var c = value[index];
        if (char.IsSurrogate(c))
        {
            // A lone surrogate is escaped; a well-formed pair is ordinary text (emoji, CJK extensions).
            return char.IsHighSurrogate(c)
                ? index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1])
                : index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
