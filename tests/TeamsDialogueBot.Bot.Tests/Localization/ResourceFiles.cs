using System.Collections;
using System.Globalization;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>Each language's own resources, without falling back to English, as the tests compare them.</summary>
internal static class ResourceFiles
{
    public static readonly string[] Languages = ["ar", "zh", "en", "fr", "ru", "es"];

    public static IReadOnlyDictionary<string, string> Of(string language)
    {
        var culture = language == "en" ? CultureInfo.InvariantCulture : BotCultures.Of(language);
        var set = ResxTextSource.Instance.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {language}.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            texts[(string)entry.Key] = entry.Value as string ?? "";
        }

        return texts;
    }

    /// <summary>"Tally.Respondents.few" → ("Tally.Respondents", Few); null for a key that is not a plural form.</summary>
    public static (string Key, PluralCategory Category)? PluralForm(string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        return key[(dot + 1)..] switch
        {
            "zero" => (key[..dot], PluralCategory.Zero),
            "one" => (key[..dot], PluralCategory.One),
            "two" => (key[..dot], PluralCategory.Two),
            "few" => (key[..dot], PluralCategory.Few),
            "many" => (key[..dot], PluralCategory.Many),
            "other" => (key[..dot], PluralCategory.Other),
            _ => null,
        };
    }
}
