using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>Teams-shaped activities for one meeting chat, as the Bot Connector delivers them.</summary>
public sealed class Teams(string serviceUrl)
{
    public const string BotId = "28:3f0c1b8e-0000-4000-8000-0000000000a1";
    public const string BotName = "Dialogue Bot";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string MeetingId = "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==";

    private int _sequence;

    public string ConversationId { get; init; } = "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2";

    public static TeamsUser Chair { get; } = new("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "Co-Chair One");
    public static TeamsUser Participant { get; } = new("b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "Remote Participant");

    /// <summary>"@Dialogue Bot {command}" from <paramref name="from"/>, with the mention entity Teams adds.</summary>
    public JsonObject Mention(TeamsUser from, string command) =>
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

    /// <summary>An Action.Execute press on a card.</summary>
    public JsonObject Execute(TeamsUser from, string verb, JsonObject? data = null, string replyToId = "1") =>
        Activity("invoke", from, new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = verb, ["data"] = data ?? new JsonObject { ["verb"] = verb } },
                ["trigger"] = "manual",
            },
        });

    public JsonObject Activity(string type, TeamsUser from, JsonObject fields)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(fields);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
            ["timestamp"] = "2024-07-15T08:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + from.AadObjectId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "groupChat",
                ["tenantId"] = TenantId,
                ["id"] = ConversationId,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TenantId },
                ["meeting"] = new JsonObject { ["id"] = MeetingId },
            },
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

public sealed record TeamsUser(string AadObjectId, string Name);
