namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// The meeting's transcript cut by the floor times: each intervention's cues under its key, and one line saying why
/// there are none (<see cref="Status"/> in English for logs and tests, null when the transcript was read; the report
/// says it in its own language from <see cref="Outcome"/> and <see cref="Detail"/>, see TranscriptStatus.Explain).
/// </summary>
/// <param name="Detail">The HTTP status of a failed read, or the size limit in MB of a transcript too large; else 0.</param>
public sealed record TranscriptCut(TranscriptOutcome Outcome, string? Status, IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>> Cues, int Detail = 0)
{
    /// <summary>The intervention's cues as plain text (ReportIntervention.TranscriptExcerpt), or null when it has none.</summary>
    public string? ExcerptFor(string key) =>
        Cues.TryGetValue(key, out var cues) && cues.Count > 0 ? string.Join(' ', cues.Select(c => c.Text)) : null;

    public static TranscriptCut Without(TranscriptOutcome outcome, string status, int detail = 0) =>
        new(outcome, status, new Dictionary<string, IReadOnlyList<TranscriptCue>>(StringComparer.Ordinal), detail);
}
