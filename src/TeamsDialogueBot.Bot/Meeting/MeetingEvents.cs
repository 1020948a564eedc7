namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// The names of Teams' meeting event activities. Start and end need RSC OnlineMeeting.ReadBasic.Chat; participant
/// join and leave need OnlineMeetingParticipant.Read.Chat and the bot's meeting event subscription in the Developer Portal.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-real-time-teams-meeting-events-api</remarks>
public static class MeetingEvents
{
    public const string Start = "application/vnd.microsoft.meetingStart";
    public const string End = "application/vnd.microsoft.meetingEnd";
    public const string ParticipantJoin = "application/vnd.microsoft.meetingParticipantJoin";
    public const string ParticipantLeave = "application/vnd.microsoft.meetingParticipantLeave";
}
