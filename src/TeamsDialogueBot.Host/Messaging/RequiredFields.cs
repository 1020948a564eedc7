using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Host.Messaging;

/// <summary>
/// What every activity must carry before the bot does anything with it: the conversation it belongs to, the
/// serviceUrl to answer on and who sent it. The Activity schema requires all three of a channel
/// (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md);
/// without them a turn stored a dialogue with an empty id and queued a speaker "Someone" with no id (issue 15).
/// </summary>
internal static class RequiredFields
{
    /// <summary>The first missing field's JSON path, or null when the activity has them all.</summary>
    public static string? FirstMissing(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id"
        : string.IsNullOrWhiteSpace(activity.ServiceUrl) ? "serviceUrl"
        : string.IsNullOrWhiteSpace(activity.From?.Id) ? "from.id"
        : null;
}
