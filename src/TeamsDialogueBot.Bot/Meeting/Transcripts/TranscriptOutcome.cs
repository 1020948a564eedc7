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

    /// <summary>The report could not wait for Graph any longer (its read budget ran out).</summary>
    Slow,
    Unreadable,
    TooLarge,
    Failed,
}
