using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Playground.Tests.Support;

/// <summary>
/// Reads the Playground's request log (/_ws/log/stream): each entry is
/// <c>{logAction:"appendLog", log:{from, to, activityName, request:{body}, response:{statusCode, body}}}</c>.
/// </summary>
public static class PlaygroundLog
{
    /// <summary>The Playground's label for the bot ("from" on the bot's Connector calls).</summary>
    public const string Bot = "User Application";

    /// <summary>A call the bot made to the Playground's Connector (send, update, members…).</summary>
    public static bool IsBotCall(JsonNode entry) => Label(entry, "from") == Bot;

    /// <summary>An activity the Playground delivered to the bot's /api/messages.</summary>
    public static bool IsDeliveryToBot(JsonNode entry) => Label(entry, "to") == Bot;

    public static bool IsInvokeToBot(JsonNode entry) => IsDeliveryToBot(entry) && entry["log"]?["activityName"]?.GetValue<string>() == "invoke";

    /// <summary>The text of the activity in the request, if any.</summary>
    public static string Text(JsonNode entry) => entry["log"]?["request"]?["body"]?["text"]?.GetValue<string>() ?? "";

    public static int Status(JsonNode entry) => entry?["log"]?["response"]?["statusCode"]?.GetValue<int>() ?? 0;

    public static string Describe(JsonNode entry) =>
        $"{Label(entry, "from")} → {Label(entry, "to")} {entry["log"]?["activityName"]} {Status(entry)}: {entry["log"]?["response"]?["body"]?.ToJsonString()}";

    private static string? Label(JsonNode entry, string direction) =>
        entry["logAction"]?.GetValue<string>() == "appendLog" ? entry["log"]?[direction]?.GetValue<string>() : null;
}
