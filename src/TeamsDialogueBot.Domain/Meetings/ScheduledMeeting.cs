using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>A dialogue whose meeting has a scheduled end, as the timekeeping nudges need it.</summary>
public sealed record ScheduledMeeting(Dialogue Dialogue, DateTimeOffset ScheduledEnd);
