namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>The last transcript cut read for a conversation's report, and when (see <see cref="ReportTranscriptReader"/>).</summary>
internal sealed class ReadTranscript
{
    // Cut and time are read and written together; a tuple of a reference and a struct is not assigned atomically.
    private readonly Lock _gate = new();
    private (TranscriptCut? Cut, DateTimeOffset At) _last;

    public void Remember(TranscriptCut cut, DateTimeOffset at)
    {
        lock (_gate)
        {
            _last = (cut, at);
        }
    }

    public (TranscriptCut? Cut, DateTimeOffset At) Last()
    {
        lock (_gate)
        {
            return _last;
        }
    }
}
