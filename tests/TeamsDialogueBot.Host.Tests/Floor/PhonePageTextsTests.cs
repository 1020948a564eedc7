using System.Reflection;
using TeamsDialogueBot.Host.Floor;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>Every text of the floor page comes from the bot's resources (issue 14): English as before, the five others translated.</summary>
public sealed class PhonePageTextsTests
{
    private static readonly PropertyInfo[] TextProperties =
        [.. typeof(PhonePageTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string))];

    [Fact]
    public void English_from_the_resources_is_the_page_s_English()
    {
        Assert.NotEmpty(TextProperties);
        Assert.Equal(PhonePageTexts.English, PhonePageTexts.In("en"));
        Assert.Equal(PhonePageTexts.English, PhonePageTexts.In("de-DE"));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_text_is_translated_and_keeps_its_placeholder(string language)
    {
        var texts = PhonePageTexts.In(language);
        foreach (var property in TextProperties)
        {
            var english = (string)property.GetValue(PhonePageTexts.English)!;
            var translated = (string)property.GetValue(texts)!;
            Assert.False(string.IsNullOrWhiteSpace(translated), $"{language} {property.Name} is empty");
            Assert.True(translated != english, $"{language} {property.Name} is English");
            Assert.True(english.Contains("{0}", StringComparison.Ordinal) == translated.Contains("{0}", StringComparison.Ordinal), $"{language} {property.Name}: \"{translated}\"");
        }
    }
}
