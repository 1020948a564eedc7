using System.Globalization;
using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>The .NET culture of each UN language code: resources, number and date formats.</summary>
public static class BotCultures
{
    private static readonly Dictionary<string, CultureInfo> Cultures = UnLanguages.All.ToDictionary(
        code => code,
        // The UN writes Simplified Chinese; "zh-Hans" is the neutral culture its resources are named after.
        code => CultureInfo.ReadOnly(CultureInfo.GetCultureInfo(code == UnLanguages.Chinese ? "zh-Hans" : code)),
        StringComparer.Ordinal);

    public static CultureInfo Of(string language) =>
        Cultures.TryGetValue(UnLanguages.Normalise(language) ?? UnLanguages.English, out var culture) ? culture : Cultures[UnLanguages.English];

    /// <summary>Arabic is the one UN language written right to left.</summary>
    public static bool IsRightToLeft(string language) => UnLanguages.Normalise(language) == UnLanguages.Arabic;
}
