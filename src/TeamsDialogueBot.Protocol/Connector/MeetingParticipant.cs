namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// A meeting participant as Teams reports it. <see cref="Role"/> is "Organizer", "Presenter" or "Attendee".
/// Roles change during a meeting: don't cache them for long.
/// </summary>
public sealed record MeetingParticipant(string? UserId, string? AadObjectId, string? Name, string? Role, bool? InMeeting);
