using System.Collections.Concurrent;
using System.Globalization;
using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// The bot's texts in one language: what a card view or a reply is written with. Whole sentences are resources with
/// numbered placeholders, never assembled from parts, so each language orders its words its own way; counts pick their
/// CLDR plural form (<see cref="PluralRules"/>); numbers are formatted in the language's culture.
/// </summary>
public sealed class Texts
{
    private static readonly ConcurrentDictionary<string, Texts> Resx = new(StringComparer.Ordinal);
    private readonly ITextSource _source;

    public Texts(ITextSource source, string language)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Language = UnLanguages.Normalise(language) ?? UnLanguages.English;
        Culture = BotCultures.Of(Language);
    }

    /// <summary>The texts of the resources in English: the default language and what tests written before issue 14 read.</summary>
    public static Texts English => For(UnLanguages.English);

    /// <summary>The UN code of the language (ar, zh, en, fr, ru, es).</summary>
    public string Language { get; }
    public CultureInfo Culture { get; }
    public bool IsRightToLeft => BotCultures.IsRightToLeft(Language);

    /// <summary>The resources' texts in a UN language; any other tag gives English.</summary>
    public static Texts For(string? language) =>
        Resx.GetOrAdd(UnLanguages.Normalise(language) ?? UnLanguages.English, code => new Texts(ResxTextSource.Instance, code));

    public string this[string key] =>
        _source.Find(key, Culture) ?? throw new KeyNotFoundException($"No text \"{key}\" in the bot's resources.");

    /// <summary>The text of <paramref name="key"/>, or null when the resources lack it.</summary>
    public string? Find(string key) => _source.Find(key, Culture);

    /// <summary>"A and B" / "A, B and C" as the language joins a list.</summary>
    public string JoinAnd(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => Format("List.Two", string.Join(this["List.Separator"], items.Take(items.Count - 1)), items[^1]),
        };
    }

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// A sentence about <paramref name="count"/> things: the resource "<paramref name="key"/>.one", ".few"… that the
    /// language's plural rule picks, with {0} the count in the culture's digits and {1}… the other arguments.
    /// </summary>
    public string Plural(string key, long count, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var category = PluralRules.Select(Language, count);
        var text = _source.Find($"{key}.{Suffix(category)}", Culture)
            ?? _source.Find($"{key}.other", Culture)
            ?? throw new KeyNotFoundException($"No text \"{key}.other\" in the bot's resources.");
        return string.Format(Culture, text, [count.ToString("N0", Culture), .. args]);
    }

    /// <summary>A number as the language writes it (1 234 in French, 1,234 in English).</summary>
    public string Number(long value) => value.ToString("N0", Culture);

    public static string Suffix(PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };
}
