using System.Text.Json.Nodes;
using TeamsDialogueBot.TestSupport;

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

    public static string AllText(JsonNode node) => CardTexts.All(node);

    /// <summary>The texts of the highlighted (emphasis) container: the agenda's current item.</summary>
    public static string CurrentItemText(JsonNode card)
    {
        Assert.Single(card["body"]!.AsArray(), e => e?["style"]?.GetValue<string>() == "emphasis");
        return CardTexts.Highlighted(card);
    }
}
