using System.Text.Json.Nodes;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The strings of a card a reader sees or hears: texts, titles, labels, placeholders, errors, the fallback.</summary>
internal static class VisibleTexts
{
    private static readonly HashSet<string> Properties = ["text", "title", "label", "placeholder", "errorMessage", "fallbackText", "speak"];

    public static IReadOnlyList<string> Of(AdaptiveCard card)
    {
        var found = new List<string>();
        Walk(JsonNode.Parse(CardJson.ToJson(card)), null, found);
        return found;
    }

    /// <summary>
    /// The visible strings that came from no resource: what is left of each once the data the card shows (names,
    /// questions, programme texts) is taken out still has a letter in it, and it carries no pseudo-locale bracket.
    /// </summary>
    public static IReadOnlyList<string> HardCoded(AdaptiveCard card, IEnumerable<string> data)
    {
        var known = data.Where(d => !string.IsNullOrEmpty(d)).Distinct().OrderByDescending(d => d.Length).ToList();
        return Of(card).Where(text =>
        {
            if (text.Contains(PseudoTextSource.Open, StringComparison.Ordinal))
            {
                return false;
            }

            var rest = known.Aggregate(text, (t, d) => t.Replace(d, " ", StringComparison.Ordinal));
            return rest.Any(char.IsLetter);
        }).ToList();
    }

    private static void Walk(JsonNode? node, string? name, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                // A fact's value is the explanation of the fact's title; the other "value"s are inputs' data and choices' keys.
                var isFact = name == "facts";
                foreach (var (key, child) in obj)
                {
                    Walk(child, isFact && key == "value" ? "text" : key, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, name, found);
                }

                break;
            case JsonValue value when name is not null && Properties.Contains(name) && value.TryGetValue<string>(out var text):
                found.Add(text);
                break;
        }
    }
}
