using System.Text.RegularExpressions;
using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>Every text in all six languages: present, not empty, translated, and with the same placeholders.</summary>
public sealed partial class ResourceTests
{
    /// <summary>
    /// Texts that are deliberately the same as English in some languages: formats made only of placeholders and
    /// punctuation, and the "Q3" label of guiding questions, which chairs type in commands (`poll q3`) in every language.
    /// </summary>
    private static readonly HashSet<(string Language, string Key)> SameAsEnglish =
    [
        .. ResourceFiles.Languages.Select(l => (l, "Agenda.Question")),
        .. ResourceFiles.Languages.Select(l => (l, "Inputs.Question")),
        .. new[] { "es", "ru", "ar" }.Select(l => (l, "Results.Fallback")),
        .. new[] { "fr", "es", "ru", "ar" }.Select(l => (l, "QA.Count")),
        .. new[] { "fr", "es", "ru" }.Select(l => (l, "List.Separator")),

        // Report formats made of placeholders, punctuation and symbols only; "q3" is how chairs type a guiding question.
        .. ResourceFiles.Languages.SelectMany(l => new[]
        {
            "Report.PersonWithOrganisationFormat", "Report.FieldFormat", "Report.Percent", "Report.PollActionFormat",
            "Report.GuidingQuestionFormat", "Report.TimeWithZoneFormat", "Report.PercentColumnFormat", "Report.SecondsFormat",
        }.Select(k => (l, k))),

        // The same word in French or Spanish.
        ("fr", "Profile.Organisation"),
        ("fr", "QA.Questions"),
        ("fr", "InputForm.Organisation"),
        ("fr", "InputForm.Description"),
        ("fr", "ReportCard.Interventions"),
        .. new[] { "Total", "Question", "Organisation", "Description", "Programme", "Date", "Action", "Option", "Points", "Interventions", "InterventionCount" }
            .Select(k => ("fr", "Report." + k)),
        ("es", "Report.Total"),
        ("es", "Report.No"),

        // Units written the same way: "byte", "KB" and "MB" in Spanish, "KB" and "MB" in Chinese.
        ("es", "ReportPage.Bytes"),
        ("es", "ReportPage.Kilobytes"),
        ("es", "ReportPage.Megabytes"),
        ("zh", "ReportPage.Kilobytes"),
        ("zh", "ReportPage.Megabytes"),
    ];

    public static TheoryData<string> OtherLanguages => new() { "ar", "zh", "fr", "ru", "es" };

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_key_has_a_text_in_the_language(string language)
    {
        var english = ResourceFiles.Of("en");
        var texts = ResourceFiles.Of(language);

        var missing = BaseKeys(english).Where(k => !BaseKeys(texts).Contains(k)).ToList();
        var extra = BaseKeys(texts).Where(k => !BaseKeys(english).Contains(k)).ToList();

        Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{language} has keys English lacks: {string.Join(", ", extra)}");
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var language in ResourceFiles.Languages)
        {
            var empty = ResourceFiles.Of(language).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ToList();
            Assert.True(empty.Count == 0, $"{language}: empty {string.Join(", ", empty)}");
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void No_text_is_left_in_English_unless_listed(string language)
    {
        var english = ResourceFiles.Of("en");
        var same = ResourceFiles.Of(language)
            .Where(t => english.TryGetValue(t.Key, out var en) && en == t.Value)
            .Select(t => ResourceFiles.PluralForm(t.Key)?.Key ?? t.Key)
            .Where(k => !SameAsEnglish.Contains((language, k)))
            .Distinct()
            .ToList();

        Assert.True(same.Count == 0, $"{language} keeps English for: {string.Join(", ", same)}");
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Plural_texts_give_every_form_the_language_has(string language)
    {
        var texts = ResourceFiles.Of(language);
        var plurals = ResourceFiles.Of("en").Keys.Select(ResourceFiles.PluralForm).OfType<(string Key, PluralCategory Category)>().Select(p => p.Key).Distinct();
        foreach (var key in plurals)
        {
            foreach (var category in PluralRules.CategoriesOf(language))
            {
                Assert.True(texts.ContainsKey($"{key}.{Texts.Suffix(category)}"), $"{language} lacks {key}.{Texts.Suffix(category)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Placeholders_match_English(string language)
    {
        var english = ResourceFiles.Of("en");
        foreach (var (key, text) in ResourceFiles.Of(language))
        {
            var baseKey = ResourceFiles.PluralForm(key)?.Key;
            var reference = english.TryGetValue(key, out var en) ? en : english[baseKey + ".other"];

            // A plural form may spell the number out ("two options", «مجيبان»), so it may leave {0} out.
            var expected = Placeholders(reference).Where(p => baseKey is null || p != "{0}").ToHashSet();
            var actual = Placeholders(text);
            Assert.True(expected.IsSubsetOf(actual) && actual.IsSubsetOf(Placeholders(reference)), $"{language} {key}: \"{text}\" vs \"{reference}\"");
        }
    }

    private static HashSet<string> BaseKeys(IReadOnlyDictionary<string, string> texts) =>
        texts.Keys.Select(k => ResourceFiles.PluralForm(k)?.Key ?? k).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
