namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>One WebVTT cue: its times from the start of the transcript, the speaker Teams attributed it to (&lt;v Name&gt;), the text.</summary>
public sealed record TranscriptCue(TimeSpan Start, TimeSpan End, string? Voice, string Text);
