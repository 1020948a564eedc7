using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// Universal Actions invoke responses. Teams expects HTTP 200 with the outcome inside the body.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views</remarks>
public static class InvokeResponses
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse From(CardActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var body = result switch
        {
            CardActionResult.ShowCard card => new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = CardType,
                ["value"] = JsonNode.Parse(CardJson.ToJson(card.Card)),
            },
            CardActionResult.ShowMessage message => new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = MessageType,
                ["value"] = message.Text,
            },
            CardActionResult.Refuse refusal => Error(refusal.StatusCode, refusal.Code, refusal.Message),
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
        return new InvokeResponse(200, ToElement(body));
    }

    public static InvokeResponse BadRequest(string code, string message) => new(200, ToElement(Error(400, code, message)));

    private static JsonObject Error(int status, string code, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    private static JsonElement ToElement(JsonObject body)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        return document.RootElement.Clone();
    }
}
