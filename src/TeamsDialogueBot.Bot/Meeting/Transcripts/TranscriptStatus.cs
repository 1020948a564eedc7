using TeamsDialogueBot.Protocol.Graph;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>The report's one line on why there is no transcript, and how to have one next time.</summary>
public static class TranscriptStatus
{
    public const string NotAMeeting =
        "No transcript: this chat is not a scheduled Teams meeting whose details the bot could read (RSC OnlineMeeting.ReadBasic.Chat).";

    public const string NoTranscript =
        "No transcript: Teams did not transcribe this meeting — start transcription in the meeting (More → Record and transcribe → Start transcription).";

    public const string Forbidden =
        "No transcript: Microsoft Graph refused access (403) — grant the bot's RSC permission OnlineMeetingTranscript.Read.Chat when adding it to the meeting, and allow transcription in the meeting policy.";

    public const string NotFound =
        "No transcript: Microsoft Graph does not know this meeting (404) — it expired, or it is not a scheduled private meeting (channel meetings are not supported).";

    public const string Slow =
        "No transcript: Microsoft Graph did not answer in time — ask for the report again in a few minutes.";

    public const string Unreadable = "Transcript unreadable: Teams returned a file that is not valid WebVTT.";

    public static string Busy(int status) =>
        $"No transcript: Microsoft Graph stayed busy (HTTP {status}) after retries — ask for the report again in a few minutes.";

    public static string TooLarge(int megabytes) =>
        $"No transcript: it is larger than {megabytes} MB (Graph:MaxTranscriptMegabytes).";

    public static string Failed(int status) =>
        status == 0 ? "No transcript: Microsoft Graph could not be reached." : $"No transcript: Microsoft Graph failed (HTTP {status}).";

    public static (TranscriptOutcome Outcome, string Status) Of(TranscriptAccessException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Status switch
        {
            401 or 403 => (TranscriptOutcome.Forbidden, Forbidden),
            404 => (TranscriptOutcome.NotFound, NotFound),
            429 or 503 or 504 => (TranscriptOutcome.Busy, Busy(error.Status)),
            _ => (TranscriptOutcome.Failed, Failed(error.Status)),
        };
    }
}
