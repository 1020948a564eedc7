using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Reads what a card sent to the Connector says: its texts, respondents, and bar counts per option.</summary>
public static partial class WireCard
{
    /// <summary>The card of an activity body (first attachment's content), or null.</summary>
    public static JsonNode? Of(JsonNode? activity) => activity?["attachments"]?[0]?["content"];

    /// <summary>Every "text" value in the card, depth first.</summary>
    public static IReadOnlyList<string> Texts(JsonNode? card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    /// <summary>"1,234 respondents" → 1234; null when the card shows no tally.</summary>
    public static int? Respondents(JsonNode? card)
    {
        foreach (var text in Texts(card))
        {
            var match = RespondentsPattern().Match(text);
            if (match.Success)
            {
                // English groups thousands since the texts are formatted for their culture (issue 14).
                return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Counts per option label from the text bars ("██░░ 25% (12) Label") every poll card carries as fallback.</summary>
    public static IReadOnlyDictionary<string, int> OptionCounts(JsonNode? card)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in Texts(card))
        {
            var match = BarPattern().Match(text);
            if (match.Success)
            {
                counts[match.Groups[2].Value] = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    /// <summary>"Waiting: 280 (…)" on the speakers' list card; null when absent.</summary>
    public static int? Waiting(JsonNode? card)
    {
        foreach (var text in Texts(card))
        {
            var match = WaitingPattern().Match(text);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "text" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        texts.Add(s);
                    }
                    else
                    {
                        Collect(value, texts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
        }
    }

    [GeneratedRegex(@"^([\d,]+) respondents?$")]
    private static partial Regex RespondentsPattern();

    [GeneratedRegex(@"^[█░]+ \d+% \((\d+)\) (.+)$")]
    private static partial Regex BarPattern();

    [GeneratedRegex(@"^Waiting: ([\d,]+) ")]
    private static partial Regex WaitingPattern();
}
