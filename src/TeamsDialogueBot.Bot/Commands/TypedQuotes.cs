using System.Buffers;

namespace TeamsDialogueBot.Bot.Commands;

/// <summary>The characters that open and close a quoted part of a typed command.</summary>
public static class TypedQuotes
{
    /// <summary>
    /// Phones and Word-trained fingers turn " into “…” or „…“, so every double-quote character opens and closes; the
    /// price is that a quoted text cannot contain one.
    /// </summary>
    public static readonly SearchValues<char> Characters = SearchValues.Create(All);

    /// <summary>The same characters, for trimming them off a word.</summary>
    public static ReadOnlySpan<char> All => "\"\u201C\u201D\u201E";
}
