using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Cards.Tests;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click](https://evil)", @"\[click\]\(https://evil\)")]
    [InlineData("![img](x)", @"!\[img\]\(x\)")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_italic_", @"\_italic\_")]
    [InlineData("<at>Boss</at>", @"\<at\>Boss\</at\>")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData(@"\[already]", @"\\\[already\]")]
    public void Plain_escapes_markdown_and_mentions(string input, string expected)
    {
        Assert.Equal(expected, CardText.Plain(input));
    }

    [Fact]
    public void Plain_leaves_no_unescaped_link_image_emphasis_or_mention_syntax()
    {
        var attacks = new[] { "[click](https://evil)", "<at>Boss</at>", "**bold**", "![img](x)" };

        foreach (var attack in attacks)
        {
            var safe = CardText.Plain(attack);
            for (var i = 0; i < safe.Length; i++)
            {
                if (safe[i] is '[' or ']' or '(' or ')' or '*' or '<' or '>')
                {
                    Assert.True(i > 0 && safe[i - 1] == '\\', $"'{safe[i]}' at {i} of {safe} is not escaped");
                }
            }
        }
    }

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("12) twelfth", @"12\) twelfth")]
    [InlineData("line\n- second", "line\n\\- second")]
    [InlineData("  - indented", @"  \- indented")]
    public void Plain_neutralises_list_markers_at_line_start(string input, string expected)
    {
        Assert.Equal(expected, CardText.Plain(input));
    }

    [Theory]
    [InlineData("Non-governmental", "Non-governmental")]
    [InlineData("1.5 million", "1.5 million")]
    [InlineData("José Müller-Łukasz", "José Müller-Łukasz")]
    [InlineData("联合国毒品和犯罪问题办公室", "联合国毒品和犯罪问题办公室")]
    [InlineData("Thanks 👍🏽 👩‍👩‍👧", "Thanks 👍🏽 👩‍👩‍👧")]
    [InlineData("مرحبا", "مرحبا")]
    public void Plain_keeps_ordinary_text_verbatim(string input, string expected)
    {
        Assert.Equal(expected, CardText.Plain(input));
    }

    [Fact]
    public void Plain_strips_control_and_bidi_override_characters_but_keeps_line_breaks()
    {
        Assert.Equal("abc\nde", CardText.Plain("a\u0000b\u0007c\r\nd\u202Ee\u2066"));
    }

    [Fact]
    public void Truncate_keeps_short_text()
    {
        Assert.Equal("Short", CardText.Truncate("Short", 5));
    }

    [Fact]
    public void Truncate_cuts_with_an_ellipsis_within_the_limit()
    {
        var result = CardText.Truncate("Constructive Dialogue", 10);

        Assert.Equal("Construct…", result);
        Assert.True(result.Length <= 10);
    }

    [Fact]
    public void Truncate_drops_trailing_space_before_the_ellipsis()
    {
        Assert.Equal("Hello…", CardText.Truncate("Hello world", 7));
    }

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair_or_emoji_sequence()
    {
        var result = CardText.Truncate("ab👩‍👩‍👧cd", 6);

        Assert.Equal("ab…", result);
    }

    [Fact]
    public void Truncate_never_splits_a_combining_accent()
    {
        var result = CardText.Truncate("Jose\u0301 Smith", 6);

        Assert.Equal("Jose\u0301…", result);
    }

    [Fact]
    public void Truncate_rejects_a_limit_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Truncate("abc", 0));
    }
}
