namespace TeamsDialogueBot.Domain.Languages;

/// <summary>
/// The six official languages of the United Nations as the codes the bot uses everywhere: programme
/// translations, the dialogue's language and people's Teams locales all meet on these.
/// </summary>
public static class UnLanguages
{
    public const string Arabic = "ar";
    public const string Chinese = "zh";
    public const string English = "en";
    public const string French = "fr";
    public const string Russian = "ru";
    public const string Spanish = "es";

    /// <summary>In the UN's order (the English names, alphabetically).</summary>
    public static IReadOnlyList<string> All { get; } = [Arabic, Chinese, English, French, Russian, Spanish];

    /// <summary>
    /// One of the six codes for a BCP 47 tag or Teams locale (fr-FR → fr, zh-Hans → zh), or null when
    /// the tag is empty or names another language (de-DE, pt-BR): callers then fall back to the
    /// dialogue's language. Every Chinese tag, zh-TW and zh-Hant included, gives zh: the UN writes
    /// Simplified Chinese, and a Traditional-script reader is better served by it than by English.
    /// </summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var text = tag.AsSpan().Trim();

        // .NET culture names and some clients write zh_CN; BCP 47 writes zh-CN.
        var end = text.IndexOfAny('-', '_');
        var primary = end < 0 ? text : text[..end];
        foreach (var code in All)
        {
            if (primary.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }
}
