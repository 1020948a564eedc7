using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Conformance.Tests.Tools;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// Runs tests/conformance/card-harness.js: the official Adaptive Cards renderer (adaptivecards 3.0.6)
/// with the Microsoft Teams host config, plus Teams' own limits (schema ≤ 1.5, ≤ 28 KB, charts need a fallback).
/// </summary>
internal static class CardHarness
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<CardReport>> CheckAsync(IEnumerable<(string Name, JsonNode Card)> cards)
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        try
        {
            var input = Path.Combine(folder.FullName, "cards.json");
            var output = Path.Combine(folder.FullName, "report.json");
            var array = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() }).ToArray());
            await File.WriteAllTextAsync(input, array.ToJsonString());
            await NodeTools.RunScriptAsync("card-harness.js", input, output);
            return JsonSerializer.Deserialize<List<CardReport>>(await File.ReadAllTextAsync(output), Json)
                ?? throw new InvalidOperationException("card-harness.js wrote no report");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
