namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>Why there are (or are no) transcript excerpts.</summary>
public enum TranscriptOutcome
{
    Available,
    NotAMeeting,
    NoTranscript,
    Forbidden,
    NotFound,
    Busy,
    Unreadable,
    TooLarge,
    Failed,
}
