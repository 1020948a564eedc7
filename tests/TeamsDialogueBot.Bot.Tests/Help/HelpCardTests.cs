using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Tests.Help;

public sealed class HelpCardTests
{
    [Fact]
    public void A_commands_syntax_is_shown_as_typed_not_read_as_Markdown()
    {
        // Unescaped, "<n|name|@name>" is an autolink: the renderer drew "n|name|@name" as a link without its brackets.
        CommandHelp[] commands = [new("move <n|name|@name> <pos>", "Move an entry to another position", true), new("q+ [to say …]", "Ask for the floor", false)];

        var card = JsonNode.Parse(CardJson.ToJson(HelpCard.Render(commands, isChair: true, texts: Texts.English)))!;

        var titles = card["body"]!.AsArray().SelectMany(Facts).Select(f => f["title"]!.GetValue<string>()).ToList();
        Assert.Contains(@"move \<n\|name\|@name\> \<pos\>", titles);
        Assert.Contains(@"q+ \[to say …\]", titles);
    }

    private static IEnumerable<JsonNode> Facts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" => o["facts"]!.AsArray().OfType<JsonNode>(),
        JsonObject o => o.Select(p => p.Value).SelectMany(Facts),
        JsonArray a => a.SelectMany(Facts),
        _ => [],
    };
}
