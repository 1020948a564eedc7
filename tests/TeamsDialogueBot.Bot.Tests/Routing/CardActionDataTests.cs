using System.Text.Json;
using TeamsDialogueBot.Bot.Routing;

namespace TeamsDialogueBot.Bot.Tests.Routing;

public sealed class CardActionDataTests
{
    [Fact]
    public void Execute_invoke_gives_verb_and_data_as_text()
    {
        var value = JsonDocument.Parse("""
            { "action": { "type": "Action.Execute", "verb": "poll.vote", "data": { "pollId": "p7", "choice": "b", "n": 3, "flag": true, "none": null } }, "trigger": "manual" }
            """).RootElement;

        var (verb, data) = CardActionData.FromInvokeValue(value);

        Assert.Equal("poll.vote", verb);
        Assert.Equal("p7", data["pollId"]);
        Assert.Equal("3", data["n"]);
        Assert.Equal("true", data["flag"]);
        Assert.Null(data["none"]);
    }

    [Theory]
    [InlineData("""{ "trigger": "manual" }""")]
    [InlineData("""{ "action": "Action.Execute" }""")]
    [InlineData("""[1, 2]""")]
    public void Malformed_invoke_value_has_no_verb(string json)
    {
        var (verb, data) = CardActionData.FromInvokeValue(JsonDocument.Parse(json).RootElement);

        Assert.Null(verb);
        Assert.Empty(data);
    }

    [Fact]
    public void Submit_value_carries_the_verb_among_the_inputs()
    {
        var value = JsonDocument.Parse("""{ "verb": "poll.vote", "pollId": "p1", "choice": "a,c" }""").RootElement;

        var (verb, data) = CardActionData.FromSubmitValue(value);

        Assert.Equal("poll.vote", verb);
        Assert.Equal("a,c", data["choice"]);
    }
}
