namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>The static metadata Teams' meeting-details API gives for a meeting (GET v1/meetings/{meetingId}).</summary>
public sealed record MeetingDetails(
    DateTimeOffset? ScheduledStart,
    DateTimeOffset? ScheduledEnd,
    string? OrganizerMri,
    string? OrganizerAadObjectId,
    string? GraphResourceId);
