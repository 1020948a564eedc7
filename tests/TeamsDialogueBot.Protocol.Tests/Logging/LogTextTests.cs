using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Protocol.Tests.Logging;

public sealed class LogTextTests
{
    [Fact]
    public void Plain_short_text_is_returned_as_it_is()
    {
        const string id = "f:1721031151224-3b1d";

        Assert.Same(id, LogText.Safe(id));
    }

    [Fact]
    public void Newlines_and_ansi_escapes_become_visible_escapes()
    {
        var forged = "1\n\u001b[31mcrit: Microsoft.Hosting.Lifetime[0] database wiped\r";

        var safe = LogText.Safe(forged);

        Assert.Equal("1\\u000a\\u001b[31mcrit: Microsoft.Hosting.Lifetime[0] database wiped\\u000d", safe);
        Assert.DoesNotContain(safe, char.IsControl);
    }

    [Fact]
    public void Bidi_overrides_and_line_separators_are_escaped_but_ordinary_unicode_is_kept()
    {
        var safe = LogText.Safe("Zoë \u202Egnp.exe\u2028next 日本 🙂");

        Assert.Equal("Zoë \\u202egnp.exe\\u2028next 日本 🙂", safe);
    }

    [Fact]
    public void Long_text_is_cut_and_says_how_long_it_was()
    {
        var safe = LogText.Safe(new string('x', 200_000));

        Assert.Equal(new string('x', 120) + "…(200000 chars)", safe);
    }

    [Fact]
    public void Cut_never_splits_a_surrogate_pair_and_lone_surrogates_are_escaped()
    {
        var cut = LogText.Safe("ab🙂cd", max: 3);
        var lone = LogText.Safe("a\uD83Db");

        Assert.Equal("ab…(6 chars)", cut);
        Assert.Equal("a\\ud83db", lone);
    }

    [Fact]
    public void Null_is_named()
    {
        Assert.Equal("(null)", LogText.Safe(null));
    }
}
