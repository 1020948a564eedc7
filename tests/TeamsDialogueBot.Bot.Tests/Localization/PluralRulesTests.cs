using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The integer rules of CLDR 46 (language_plural_rules.html), checked on the examples CLDR itself lists.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("en", 11, PluralCategory.Other)]
    [InlineData("es", 1, PluralCategory.One)]
    [InlineData("es", 0, PluralCategory.Other)]
    [InlineData("es", 21, PluralCategory.Other)]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 101, PluralCategory.Other)]
    [InlineData("zh", 0, PluralCategory.Other)]
    [InlineData("zh", 1, PluralCategory.Other)]
    [InlineData("zh", 2, PluralCategory.Other)]
    public void Two_form_languages_and_Chinese(string language, long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select(language, count));

    [Theory]
    [InlineData(1, PluralCategory.One)]
    [InlineData(21, PluralCategory.One)]
    [InlineData(101, PluralCategory.One)]
    [InlineData(1001, PluralCategory.One)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(2, PluralCategory.Few)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(4, PluralCategory.Few)]
    [InlineData(22, PluralCategory.Few)]
    [InlineData(104, PluralCategory.Few)]
    [InlineData(12, PluralCategory.Many)]
    [InlineData(13, PluralCategory.Many)]
    [InlineData(14, PluralCategory.Many)]
    [InlineData(112, PluralCategory.Many)]
    [InlineData(0, PluralCategory.Many)]
    [InlineData(5, PluralCategory.Many)]
    [InlineData(20, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Many)]
    public void Russian_has_one_few_and_many_for_whole_numbers(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select("ru-RU", count));

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(110, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(26, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(1000, PluralCategory.Other)]
    public void Arabic_has_all_six_categories(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Select("ar", count));

    [Fact]
    public void Every_category_a_language_lists_is_reachable_and_nothing_else_is()
    {
        foreach (var language in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            var reached = Enumerable.Range(0, 1_000).Select(n => PluralRules.Select(language, n)).ToHashSet();

            // Russian "other" is for fractions only, which the bot never counts; the resources still give it as the fallback.
            var listed = PluralRules.CategoriesOf(language).Where(c => language != "ru" || c != PluralCategory.Other).ToHashSet();
            Assert.Equal(listed, reached);
            Assert.Equal(PluralCategory.Other, PluralRules.CategoriesOf(language)[^1]);
        }
    }
}
