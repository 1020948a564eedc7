namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// The meeting's transcript cut by the floor times: each intervention's cues under its key, and one line saying why
/// there are none (<see cref="Status"/>, null when the transcript was read — ReportModel.TranscriptStatus takes it as is).
/// </summary>
public sealed record TranscriptCut(TranscriptOutcome Outcome, string? Status, IReadOnlyDictionary<string, IReadOnlyList<TranscriptCue>> Cues)
{
    /// <summary>The intervention's cues as plain text (ReportIntervention.TranscriptExcerpt), or null when it has none.</summary>
    public string? ExcerptFor(string key) =>
        Cues.TryGetValue(key, out var cues) && cues.Count > 0 ? string.Join(' ', cues.Select(c => c.Text)) : null;

    public static TranscriptCut Without(TranscriptOutcome outcome, string status) =>
        new(outcome, status, new Dictionary<string, IReadOnlyList<TranscriptCue>>(StringComparer.Ordinal));
}
