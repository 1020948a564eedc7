using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Domain.Tests.Languages;

public sealed class UnLanguagesTests
{
    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("ar-SA", "ar")]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("zh-Hant-HK", "zh")]
    [InlineData("zh_CN", "zh")]
    [InlineData("en-GB", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData(" fr ", "fr")]
    [InlineData("ru-RU", "ru")]
    [InlineData("es-419", "es")]
    public void Normalise_maps_tags_of_the_six_languages_to_their_code(string tag, string expected)
    {
        Assert.Equal(expected, UnLanguages.Normalise(tag));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("pt-BR")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("english")]
    [InlineData("-fr")]
    [InlineData("e")]
    public void Normalise_gives_null_for_other_languages_and_empty_tags(string? tag)
    {
        Assert.Null(UnLanguages.Normalise(tag));
    }

    [Fact]
    public void The_six_are_listed_in_the_UN_order()
    {
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], UnLanguages.All);
    }
}
