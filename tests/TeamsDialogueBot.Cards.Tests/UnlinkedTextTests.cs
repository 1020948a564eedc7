using System.Text.RegularExpressions;

namespace TeamsDialogueBot.Cards.Tests;

public sealed partial class UnlinkedTextTests
{
    private const string Joiner = "\u2060";

    [Theory]
    [InlineData("https://example.org/a?b=c", "https:" + Joiner + "//example.org/a?b=c")]
    [InlineData("see www.example.org now", "see www" + Joiner + ".example.org now")]
    [InlineData("WWW.EXAMPLE.ORG", "WWW" + Joiner + ".EXAMPLE.ORG")]
    [InlineData("mail ana@example.org", "mail ana@" + Joiner + "example.org")]
    [InlineData("[click](http://evil)", @"\[click\]\(http:" + Joiner + @"//evil\)")]
    [InlineData("ratio 2:1, wwwx.org, a:b", "ratio 2:1, wwwx.org, a:b")]
    public void Unlinked_breaks_every_address_an_autolinker_would_follow_and_leaves_other_text(string text, string expected)
    {
        Assert.Equal(expected, CardText.Unlinked(text));
    }

    [Fact]
    public void Unlinked_text_reads_the_same_once_the_invisible_joiners_are_removed()
    {
        const string typed = "Report: https://example.org/r?x=1 · contact ana@example.org · www.example.org";

        var shown = CardText.Unlinked(typed);

        Assert.Equal(CardText.Plain(typed), shown.Replace(Joiner, "", StringComparison.Ordinal));
        Assert.DoesNotMatch(Autolink(), shown);
    }

    // GFM's extended autolinks: a scheme, "www.", or an address with "@".
    [GeneratedRegex(@"https?://|www\.|\w@\w", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();
}
