using System.Text.Json;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Tests.Routing;

public sealed class InvokeResponsesTests
{
    [Fact]
    public void Card_view_is_an_HTTP_200_with_the_adaptive_card_body()
    {
        var response = InvokeResponses.From(CardActionResult.Show(new AdaptiveCard([new TextBlock("Your answer: B")])));

        Assert.Equal(200, response.Status);
        var body = Parse(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
    }

    [Fact]
    public void Refusal_is_an_HTTP_200_carrying_the_error_code_and_message()
    {
        var response = InvokeResponses.From(new CardActionResult.Refuse(400, "PollClosed", "This poll is closed."));

        var body = Parse(response);
        Assert.Equal(200, response.Status);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("PollClosed", body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("value").GetProperty("message").ValueKind);
    }

    [Fact]
    public void Message_view_carries_the_text()
    {
        var body = Parse(InvokeResponses.From(CardActionResult.Say("Noted.")));

        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Noted.", body.GetProperty("value").GetString());
    }

    private static JsonElement Parse(TeamsDialogueBot.Protocol.Activities.InvokeResponse response)
    {
        using var document = JsonDocument.Parse(response.Body!.Value);
        return document.RootElement.Clone();
    }
}
