using System.Text;
using System.Text.Json;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Tests.Activities;

public sealed class LoneSurrogatesTests
{
    [Theory]
    [InlineData("""{"text":"plain"}""")]
    [InlineData("""{"text":"caf\u00e9 \ud83d\ude00 \uD83D\uDE00"}""")]
    [InlineData("""{"text":"a literal \\ud800 is text, not an escape"}""")]
    [InlineData("""{"text":"\\\\\ud83d\ude00"}""")]
    public void Well_formed_text_has_none(string json) => Assert.Equal(-1, LoneSurrogates.Find(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"text":"\ud800"}""", 9)]
    [InlineData("""{"text":"x\ud800y"}""", 10)]
    [InlineData("""{"text":"\udc00"}""", 9)]
    [InlineData("""{"text":"\ud800\u0041"}""", 9)]
    [InlineData("""{"text":"\ud83d\ude00\ud800"}""", 21)]
    [InlineData("""{"a":"\ud800""", 6)]
    [InlineData("""{"text":"\ud800\uZZZZ"}""", 9)]
    [InlineData("""{"text":"\\\\\\\ud800\\"}""", 15)]
    public void Half_a_pair_is_found_where_it_starts(string json, int at) => Assert.Equal(at, LoneSurrogates.Find(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void An_activity_with_half_a_pair_in_its_value_is_refused_as_json()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"x","data":{"q":"3\ud800"}}}}""");

        var error = Assert.Throws<JsonException>(() => ProtocolJson.ParseActivity(body));

        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":"x\""")]
    [InlineData("""{"a":"\u12""")]
    [InlineData("""\""")]
    [InlineData("""\u""")]
    public void A_body_cut_inside_an_escape_is_read_to_its_end(string json) => Assert.Equal(-1, LoneSurrogates.Find(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Any_mix_of_escapes_is_judged_as_a_byte_by_byte_walk_judges_it()
    {
        // The search jumps from backslash to backslash; a plain walk over every byte (the reference below) must agree.
        string[] pieces = ["a", "é", "\\\\", "\\n", "\\\"", "\\u0041", "\\ud83d", "\\ude00", "\\uD800", "\\uDFFF", "\\u12", "\\uZZZZ", "\\"];
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var bytes = Encoding.UTF8.GetBytes(text);
            Assert.True(Walk(bytes) == LoneSurrogates.Find(bytes), text);
        }
    }

    private static int Walk(byte[] json)
    {
        var pendingHigh = -1;
        for (var i = 0; i < json.Length; i++)
        {
            var unit = -1;
            if (json[i] == '\\' && i + 5 < json.Length && json[i + 1] == 'u')
            {
                unit = int.TryParse(Encoding.ASCII.GetString(json, i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var u) ? u : -1;
            }

            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh >= 0 && !isLow)
            {
                return pendingHigh;
            }

            if (unit < 0)
            {
                i += json[i] == '\\' ? 1 : 0;
                continue;
            }

            if (isLow && pendingHigh < 0)
            {
                return i;
            }

            pendingHigh = unit is >= 0xD800 and <= 0xDBFF ? i : -1;
            i += 5;
        }

        return pendingHigh;
    }
}
