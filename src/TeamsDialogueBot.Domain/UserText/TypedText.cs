using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TeamsDialogueBot.Domain.UserText;

/// <summary>
/// What every text a participant types (inputs, questions, names on the phone page) is checked for before it is
/// stored: characters that change how others read it, and text that shows nothing at all.
/// </summary>
public static class TypedText
{
    /// <summary>
    /// A control character, or a bidirectional override, embedding or isolate (U+202A–E, U+2066–9): they reorder what
    /// others read, in cards and in the report files alike, so a title can pretend to say something else. The direction
    /// marks (U+200E, U+200F, U+061C) are not refused: they reorder no letters, only the neutral characters next to
    /// them, and Arabic text pasted from a word processor is full of them — refusing them refused that text.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>True when the text has an unsafe character (see <see cref="IsUnsafe"/>); <paramref name="allowLineBreaks"/> lets "\n" through.</summary>
    public static bool HasUnsafe(string? text, bool allowLineBreaks = false)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (IsUnsafe(c) && !(allowLineBreaks && c == '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when nothing of the text would show: empty, white space, or only invisible format characters (zero-width
    /// space, joiners, word joiner, byte-order mark) — a "title" of U+200B is as empty as no title.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }
}
