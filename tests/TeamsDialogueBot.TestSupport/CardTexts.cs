using System.Text;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.TestSupport;

/// <summary>Reads what a person would see on an Adaptive Card as it went over the wire.</summary>
public static class CardTexts
{
    /// <summary>Every text, title and fact value under <paramref name="node"/>, one per line.</summary>
    public static string All(JsonNode? node)
    {
        var text = new StringBuilder();
        Collect(node, text);
        return text.ToString();
    }

    /// <summary>The texts of the card's highlighted (emphasis) container: the agenda's current item.</summary>
    public static string Highlighted(JsonNode? card) =>
        All(card?["body"]?.AsArray().FirstOrDefault(e => e?["style"]?.GetValue<string>() == "emphasis"));

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
