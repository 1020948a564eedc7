namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>How many attend a meeting through Teams right now, and per agenda item how many were online while it was current.</summary>
/// <param name="AttendeesByItem">Agenda item index → distinct Teams participants online at any time while it was current.</param>
/// <param name="SessionAttendees">Distinct Teams participants online at any time during the dialogue.</param>
public sealed record RosterFigures(int OnlineNow, IReadOnlyDictionary<int, int> AttendeesByItem, int SessionAttendees);
