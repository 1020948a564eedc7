namespace TeamsDialogueBot.Reports.Formatting;

/// <summary>
/// Characters XML 1.0 can hold (https://www.w3.org/TR/xml/#charsets). User text with a control character
/// or a broken surrogate would make the whole document fail to save, so such characters are dropped.
/// </summary>
internal static class XmlChars
{
    /// <param name="width">2 for a surrogate pair, else 1: how far to move on either way.</param>
    public static bool IsAllowed(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return c switch
        {
            '\t' or '\n' or '\r' => true,
            < '\u0020' => false,
            _ when char.IsLowSurrogate(c) => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => true,
        };
    }
}
