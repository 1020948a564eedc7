using System.Buffers.Text;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// Finds a \uD800–\uDFFF escape in JSON text that is not half of a surrogate pair. System.Text.Json accepts such a
/// body, but reading that string later throws (InvalidOperationException, "incomplete UTF-16"), so a crafted card value
/// or event value would fail deep in a handler with a 500 that Teams retries. Refusing the body once, where it enters,
/// keeps every reader of the activity safe.
/// </summary>
public static class LoneSurrogates
{
    /// <summary>The byte offset of the first lone surrogate escape, or -1.</summary>
    public static int Find(ReadOnlySpan<byte> json)
    {
        // Almost no activity has a \u escape at all: one vectorised search, and done.
        if (json.IndexOf("\\u"u8) < 0)
        {
            return -1;
        }

        var pendingHigh = -1;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != (byte)'\\' || i + 1 >= json.Length)
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                continue;
            }

            if (json[i + 1] != (byte)'u' || !TryHex(json, i + 2, out var unit))
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                i++; // \\ \" \n …: the escaped character is no escape of its own.
                continue;
            }

            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh >= 0 && !isLow)
            {
                return pendingHigh;
            }

            if (isLow && pendingHigh < 0)
            {
                return i;
            }

            pendingHigh = isHigh ? i : -1;
            i += 5;
        }

        return pendingHigh;
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
