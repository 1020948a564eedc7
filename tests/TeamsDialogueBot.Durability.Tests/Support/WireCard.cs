using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>What a card sent to the Connector says: respondents of a poll, people waiting on a speakers' list.</summary>
public static partial class WireCard
{
    public static JsonNode? Of(JsonNode? activity) => activity?["attachments"]?[0]?["content"];

    /// <summary>"12 respondents" → 12; null when the card shows no tally.</summary>
    public static int? Respondents(JsonNode? card) => FirstNumber(card, RespondentsPattern());

    /// <summary>"Waiting: 28 (…)" → 28; null when absent.</summary>
    public static int? Waiting(JsonNode? card) => FirstNumber(card, WaitingPattern());

    private static int? FirstNumber(JsonNode? card, Regex pattern)
    {
        foreach (var text in Texts(card))
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "text" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        yield return s;
                    }
                    else
                    {
                        foreach (var text in Texts(value))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var text in array.SelectMany(Texts))
                {
                    yield return text;
                }

                break;
        }
    }

    [GeneratedRegex(@"^([\d,]+) respondents?$")]
    private static partial Regex RespondentsPattern();

    [GeneratedRegex(@"^Waiting: ([\d,]+)")]
    private static partial Regex WaitingPattern();
}
