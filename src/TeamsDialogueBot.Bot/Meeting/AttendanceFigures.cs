namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// The online denominator of equal footing for an item or the session: how many attended through Teams, and how many of
/// them took the floor (Reports' OnlineAttendance takes both as they are).
/// </summary>
public sealed record AttendanceFigures(int Attendees, int TookTheFloor);
