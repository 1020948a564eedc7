using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>What GET /_internal/v1/config says about this run: its ids are random per start.</summary>
public sealed record PlaygroundConfig(string BotId, string BotName, PlaygroundUser Me, IReadOnlyList<PlaygroundUser> Users, string GroupChatId)
{
    public static PlaygroundConfig Parse(JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var config = body["config"]!;
        var groupChat = config["groupChats"]!.AsArray().First()!;
        return new PlaygroundConfig(
            config["bot"]!["id"]!.GetValue<string>(),
            config["bot"]!["name"]!.GetValue<string>(),
            PlaygroundUser.Parse(config["currentUser"]!),
            [.. config["users"]!.AsArray().Select(u => PlaygroundUser.Parse(u!))],
            groupChat["id"]!.GetValue<string>());
    }
}
