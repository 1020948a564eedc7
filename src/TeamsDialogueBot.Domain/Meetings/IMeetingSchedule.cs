namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>Finds the dialogues whose meeting is scheduled to end within a window (for the chairs' timekeeping nudges).</summary>
public interface IMeetingSchedule
{
    Task<IReadOnlyList<ScheduledMeeting>> EndingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
