using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// CLDR cardinal plural rules for whole numbers in the six UN languages, from the CLDR 46 rule set
/// (https://www.unicode.org/cldr/charts/46/supplemental/language_plural_rules.html). The bot only counts things
/// (speakers, votes, questions), so only the integer part of each rule is implemented: v = 0 throughout.
/// No package served here carries these rules, and .NET itself has none.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories a language distinguishes for integers, "other" last: what its resources must provide.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => UnLanguages.Normalise(language) switch
    {
        UnLanguages.Arabic => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        UnLanguages.Russian => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        UnLanguages.Chinese => [PluralCategory.Other],

        // French "many" (1 000 000 de …) exists in CLDR only for compact millions; the bot never counts that far.
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    public static PluralCategory Select(string language, long count)
    {
        var n = Math.Abs(count);
        return UnLanguages.Normalise(language) switch
        {
            // en, es: one → i = 1 and v = 0.
            UnLanguages.English or UnLanguages.Spanish => n == 1 ? PluralCategory.One : PluralCategory.Other,

            // fr: one → i = 0,1 (zero is singular in French: « 0 intervenant »).
            UnLanguages.French => n is 0 or 1 ? PluralCategory.One : PluralCategory.Other,

            // ru: one → v = 0 and i % 10 = 1 and i % 100 != 11; few → i % 10 = 2..4 and i % 100 != 12..14; many → the rest of the integers.
            UnLanguages.Russian => Russian(n),

            // ar: zero → n = 0; one → n = 1; two → n = 2; few → n % 100 = 3..10; many → n % 100 = 11..99.
            UnLanguages.Arabic => Arabic(n),

            // zh: no plural forms.
            UnLanguages.Chinese => PluralCategory.Other,
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    private static PluralCategory Russian(long n)
    {
        var mod10 = n % 10;
        var mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few : PluralCategory.Many;
    }

    private static PluralCategory Arabic(long n)
    {
        var mod100 = n % 100;
        return n switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            _ when mod100 is >= 3 and <= 10 => PluralCategory.Few,
            _ when mod100 is >= 11 and <= 99 => PluralCategory.Many,
            _ => PluralCategory.Other,
        };
    }
}
