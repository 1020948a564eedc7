namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// A meeting's static metadata from Teams' meeting-details API: <c>details</c> (id, msGraphResourceId, scheduled
/// start and end in UTC, joinUrl, title, type) and <c>organizer</c> (id, aadObjectId, tenantId).
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-meeting-details-api</remarks>
public sealed record MeetingInfo(
    string? Id,
    string? MsGraphResourceId,
    DateTimeOffset? ScheduledStartTime,
    DateTimeOffset? ScheduledEndTime,
    string? Title,
    string? Type,
    string? OrganizerId,
    string? OrganizerAadObjectId,
    string? OrganizerTenantId);
