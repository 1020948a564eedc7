namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>What a WebVTT file gave: whether it is WebVTT at all, the cues kept, and how many cue blocks were broken.</summary>
public sealed record WebVttDocument(bool Readable, IReadOnlyList<TranscriptCue> Cues, int BrokenCues, bool TooLarge = false);
