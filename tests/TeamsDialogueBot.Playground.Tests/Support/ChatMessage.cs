using System.Text.Json.Nodes;

using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>A message as the Playground's conversation stream shows it to its web client.</summary>
public sealed record ChatMessage(string Id, string FromId, string Text, JsonNode? Card)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static ChatMessage? From(JsonNode streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        if (streamEvent["message"] is not JsonObject message)
        {
            return null;
        }

        var card = message["attachments"]?.AsArray()
            .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == AdaptiveCardType)?["content"];
        if (card is JsonValue serialized && serialized.TryGetValue<string>(out var json))
        {
            card = JsonNode.Parse(json);
        }

        return new ChatMessage(
            message["messageId"]?.GetValue<string>() ?? "",
            message["from"]?["id"]?.GetValue<string>() ?? "",
            message["text"]?.GetValue<string>() ?? "",
            card);
    }

    /// <summary>Every text, title and fact value of the card, one per line.</summary>
    public string CardText() => CardTexts.All(Card);

    /// <summary>The texts of the highlighted (emphasis) container: the agenda's current item.</summary>
    public string HighlightedText() => CardTexts.Highlighted(Card);

    public bool HasExecuteAction(string verb) => FindAction(Card, verb) is not null;

    /// <summary>The card's Action.Execute with this verb, wherever it sits (card actions or an ActionSet).</summary>
    public JsonNode ExecuteAction(string verb) =>
        FindAction(Card, verb) ?? throw new InvalidOperationException($"The card has no Action.Execute '{verb}': {Card?.ToJsonString()}");

    private static JsonNode? FindAction(JsonNode? node, string verb)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" && obj["verb"]?.GetValue<string>() == verb:
                return obj;
            case JsonObject obj:
                return obj.Select(p => FindAction(p.Value, verb)).FirstOrDefault(a => a is not null);
            case JsonArray array:
                return array.Select(i => FindAction(i, verb)).FirstOrDefault(a => a is not null);
            default:
                return null;
        }
    }
}
