using System.Globalization;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>Where the bot's texts come from: the resx resources, or a pseudo-locale in tests.</summary>
public interface ITextSource
{
    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/> (English when that culture lacks it); null when no language has it.</summary>
    string? Find(string key, CultureInfo culture);
}
