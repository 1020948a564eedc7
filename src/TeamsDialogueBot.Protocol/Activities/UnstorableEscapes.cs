using System.Buffers.Text;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// Finds the escapes System.Text.Json accepts in a body but the bot cannot keep, so that the body is refused once, where
/// it enters, and every reader of the activity is safe:
/// <list type="bullet">
/// <item>a \uD800–\uDFFF escape that is not half of a surrogate pair: reading that string later throws
/// (InvalidOperationException, "incomplete UTF-16"), so a crafted card value or event value failed deep in a handler
/// with a 500 that Teams retries;</item>
/// <item>\u0000: PostgreSQL stores no NUL in text or jsonb, so a display name or a card value holding one failed its
/// turn with a 500 on PostgreSQL while SQLite kept it.</item>
/// </list>
/// </summary>
public static class UnstorableEscapes
{
    /// <summary>What <see cref="Find"/> found.</summary>
    public enum UnstorableEscape
    {
        None,
        LoneSurrogate,
        Nul,
    }

    /// <summary>The byte offset of the first escape the bot cannot keep, and what it is; -1 and None when there is none.</summary>
    public static int Find(ReadOnlySpan<byte> json, out UnstorableEscape kind)
    {
        kind = UnstorableEscape.None;
        // Almost no activity has a \u escape at all: one vectorised search, and done.
        if (json.IndexOf("\\u"u8) < 0)
        {
            return -1;
        }

        // Otherwise jump from backslash to backslash (also vectorised): a body Teams escaped throughout, or one that
        // escapes a single character, used to be walked byte by byte (1 % of a vote's CPU in issue 17's profile).
        var i = 0;
        while (i < json.Length)
        {
            var next = json[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (!IsUnitEscape(json, i, out var unit))
            {
                i += 2; // \\ \" \n …: the escaped character is no escape of its own.
                continue;
            }

            if (unit == 0)
            {
                kind = UnstorableEscape.Nul;
                return i;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                kind = UnstorableEscape.LoneSurrogate;
                return i; // a low half with no high half before it
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                // A high half must be followed at once by a low one.
                if (!IsUnitEscape(json, i + 6, out var low) || low is < 0xDC00 or > 0xDFFF)
                {
                    kind = UnstorableEscape.LoneSurrogate;
                    return i;
                }

                i += 6;
            }

            i += 6;
        }

        return -1;
    }

    private static bool IsUnitEscape(ReadOnlySpan<byte> json, int at, out int unit)
    {
        unit = 0;
        return at + 1 < json.Length && json[at] == (byte)'\\' && json[at + 1] == (byte)'u' && TryHex(json, at + 2, out unit);
    }

    private static bool TryHex(ReadOnlySpan<byte> json, int start, out int unit)
    {
        if (start + 4 > json.Length || !Utf8Parser.TryParse(json.Slice(start, 4), out ushort value, out var consumed, 'x') || consumed != 4)
        {
            unit = 0;
            return false;
        }

        unit = value;
        return true;
    }
}
