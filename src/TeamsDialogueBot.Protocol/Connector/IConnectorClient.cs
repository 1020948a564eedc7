using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST calls the bot makes. Every call takes the conversation's own
/// serviceUrl because it varies by region and tenant.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference</remarks>
public interface IConnectorClient
{
    /// <summary>POST v3/conversations/{conversationId}/activities.</summary>
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{replyToId}.</summary>
    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>GET v3/conversations/{conversationId}/members/{userId}; null when the member is unknown (404).</summary>
    Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations for a 1:1 chat with <paramref name="user"/>; returns the conversation id.</summary>
    Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, ChannelAccount bot, ChannelAccount user, CancellationToken cancellationToken);

    /// <summary>
    /// GET v1/meetings/{meetingId}/participants/{participantAadId}?tenantId=…; null when the bot is not
    /// in the meeting (403) or the meeting has expired (404).
    /// </summary>
    Task<MeetingParticipant?> GetMeetingParticipantAsync(string serviceUrl, string meetingId, string participantAadId, string tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// GET v1/meetings/{meetingId}: the meeting's scheduled times, organizer and msGraphResourceId; null when the bot
    /// may not read it (403: RSC OnlineMeeting.ReadBasic.Chat not granted, or not in the meeting) or it expired (404).
    /// </summary>
    Task<MeetingInfo?> GetMeetingInfoAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken);
}
