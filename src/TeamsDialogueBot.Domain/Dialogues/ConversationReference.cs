namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// Where and how to reach a conversation later (card updates, proactive messages): Teams' serviceUrl
/// varies by region and must be the one the conversation's own activities came from.
/// </summary>
public sealed record ConversationReference
{
    public required string ConversationId { get; init; }
    public required string ServiceUrl { get; init; }
    public string ChannelId { get; init; } = "msteams";
    public required string BotId { get; init; }
    public string? BotName { get; init; }
    public string? TenantId { get; init; }

    /// <summary>Teams meeting id from channelData.meeting.id, when the conversation is a meeting chat.</summary>
    public string? MeetingId { get; init; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; init; }
}
