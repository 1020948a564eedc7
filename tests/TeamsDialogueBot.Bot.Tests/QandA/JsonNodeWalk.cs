using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Bot.Tests.QandA;

internal static class JsonNodeWalk
{
    /// <summary>The node and everything under it, depth first.</summary>
    public static IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }
}
