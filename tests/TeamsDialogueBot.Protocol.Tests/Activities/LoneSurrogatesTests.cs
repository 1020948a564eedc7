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
    public void Half_a_pair_is_found_where_it_starts(string json, int at) => Assert.Equal(at, LoneSurrogates.Find(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void An_activity_with_half_a_pair_in_its_value_is_refused_as_json()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"x","data":{"q":"3\ud800"}}}}""");

        var error = Assert.Throws<JsonException>(() => ProtocolJson.ParseActivity(body));

        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }
}
