namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>One transcript of an online meeting: its cue times count from <paramref name="CreatedAt"/>, when transcription started.</summary>
public sealed record TranscriptInfo(string Id, DateTimeOffset CreatedAt, DateTimeOffset? EndAt);
