using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>Teams-shaped activities for one meeting chat, each with its own activity id, as the Bot Connector delivers them.</summary>
public sealed class MeetingChat(string serviceUrl)
{
    public const string BotId = "28:3f0c1b8e-0000-4000-8000-0000000000a1";
    public const string BotName = "Dialogue Bot";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static ChatUser Chair { get; } = new("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "Co-Chair One");

    public string ConversationId { get; } = "19:meeting_" + Guid.NewGuid().ToString("N") + "@thread.v2";

    /// <summary>Participant n: a distinct AAD object id (lower case, as Teams' web client sends it) and name.</summary>
    public static ChatUser Numbered(int n) =>
        new(string.Create(CultureInfo.InvariantCulture, $"d0d0d0d0-0000-4000-8000-{n:x12}"), string.Create(CultureInfo.InvariantCulture, $"Participant {n}"));

    public JsonObject Mention(ChatUser from, string command) =>
        Activity("message", from, new JsonObject
        {
            ["text"] = $"<at>{BotName}</at> {command}",
            ["textFormat"] = "plain",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            }),
        });

    /// <summary>An Action.Execute press on the card <paramref name="replyToId"/>.</summary>
    public JsonObject Execute(ChatUser from, string verb, JsonObject data, string replyToId) =>
        Activity("invoke", from, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        });

    private JsonObject Activity(string type, ChatUser from, JsonObject fields)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2024-07-15T08:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + from.AadObjectId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = TenantId, ["id"] = ConversationId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "en-US",
        };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            activity[key] = value;
        }

        return activity;
    }
}
