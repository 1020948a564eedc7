using System.Globalization;
using System.Resources;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// The bot's texts in Localization/Strings*.resx, read through <see cref="ResourceManager"/>: the .NET convention, with
/// satellite assemblies per language and fallback to the neutral (English) resources for a key a language lacks.
/// IStringLocalizer would read the same files but only in the thread's UI culture; a turn needs two cultures at once
/// (the dialogue's for shared cards, the caller's for their private view), so the culture is passed explicitly.
/// </summary>
public sealed class ResxTextSource : ITextSource
{
    public static ResxTextSource Instance { get; } = new();

    public ResourceManager Resources { get; } = new("TeamsDialogueBot.Bot.Localization.Strings", typeof(ResxTextSource).Assembly);

    public string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);
}
