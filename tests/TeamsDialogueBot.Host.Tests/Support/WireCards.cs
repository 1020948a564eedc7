using System.Text;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>Reads what the bot put on the wire: the Adaptive Card of a message, its texts.</summary>
public static class WireCards
{
    /// <summary>The one Adaptive Card attached to the single activity given.</summary>
    public static JsonNode OnlyCard(IReadOnlyList<JsonNode> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var activity = Assert.Single(activities);
        var attachment = Assert.Single(activity["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment!["contentType"]!.GetValue<string>());
        return attachment["content"]!;
    }

    public static string AllText(JsonNode node)
    {
        var text = new StringBuilder();
        Collect(node, text);
        return text.ToString();
    }

    /// <summary>The texts of the highlighted (emphasis) container: the agenda's current item.</summary>
    public static string CurrentItemText(JsonNode card)
    {
        var current = card["body"]!.AsArray().Single(e => e?["style"]?.GetValue<string>() == "emphasis");
        return AllText(current!);
    }

    private static void Collect(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        text.Append(s).Append('\n');
                    }
                    else
                    {
                        Collect(value, text);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, text);
                }

                break;
        }
    }
}
