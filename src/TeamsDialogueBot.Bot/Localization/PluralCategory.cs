namespace TeamsDialogueBot.Bot.Localization;

/// <summary>The CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
