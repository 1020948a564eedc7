using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Protocol.Graph;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// The report's one line on why there is no transcript, and how to have one next time: in English on the cut (logs,
/// tests), in the report's language through <see cref="Explain"/>.
/// </summary>
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

    /// <summary>The line for the report, in its language; null when the transcript was read.</summary>
    public static string? Explain(TranscriptCut cut, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(cut);
        ArgumentNullException.ThrowIfNull(texts);
        // HTTP statuses are codes, not quantities: written as the protocol writes them in every language.
        var status = cut.Detail.ToString(CultureInfo.InvariantCulture);
        return cut.Outcome switch
        {
            TranscriptOutcome.Available => null,
            TranscriptOutcome.NotAMeeting => texts["Report.Transcript.NotAMeeting"],
            TranscriptOutcome.NoTranscript => texts["Report.Transcript.NoTranscript"],
            TranscriptOutcome.Forbidden => texts["Report.Transcript.Forbidden"],
            TranscriptOutcome.NotFound => texts["Report.Transcript.NotFound"],
            TranscriptOutcome.Busy => texts.Format("Report.Transcript.Busy", status),
            TranscriptOutcome.Slow => texts["Report.Transcript.Slow"],
            TranscriptOutcome.Unreadable => texts["Report.Transcript.Unreadable"],
            TranscriptOutcome.TooLarge => texts.Format("Report.Transcript.TooLarge", texts.Number(cut.Detail)),
            _ => cut.Detail == 0 ? texts["Report.Transcript.Unreachable"] : texts.Format("Report.Transcript.Failed", status),
        };
    }
}
