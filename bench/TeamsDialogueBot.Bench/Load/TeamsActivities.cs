using System.Globalization;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Bench.Harness;

namespace TeamsDialogueBot.Bench.Load;

/// <summary>Teams-shaped activities for one meeting chat, serialized once before the clock starts.</summary>
public sealed class TeamsActivities(string serviceUrl, string conversationId)
{
    public const string BotId = "28:3f0c1b8e-0000-4000-8000-0000000000a1";
    public const string BotName = "Dialogue Bot";
    private const string MeetingId = "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==";
    private static long s_sequence;

    public string ConversationId { get; } = conversationId;

    public static string NewConversationId() => "19:meeting_bench-" + Guid.NewGuid().ToString("N") + "@thread.v2";

    /// <summary>"@Dialogue Bot {command}" with the mention entity Teams adds.</summary>
    public byte[] Mention(BenchUser from, string command) => Serialize("message", from, new JsonObject
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

    /// <summary>An Action.Execute press (invoke adaptiveCard/action) with the card's data merged with its inputs.</summary>
    public byte[] Execute(BenchUser from, string verb, JsonObject data, string replyToId)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["verb"] = verb;
        return Serialize("invoke", from, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "vote", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        });
    }

    private byte[] Serialize(string type, BenchUser from, JsonObject fields)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "bench:" + Interlocked.Increment(ref s_sequence).ToString(CultureInfo.InvariantCulture),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + from.AadObjectId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "groupChat",
                ["tenantId"] = BenchBot.TenantId,
                ["id"] = ConversationId,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = BenchBot.TenantId },
                ["meeting"] = new JsonObject { ["id"] = MeetingId },
            },
            ["locale"] = "en-US",
        };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            activity[key] = value;
        }

        return System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
