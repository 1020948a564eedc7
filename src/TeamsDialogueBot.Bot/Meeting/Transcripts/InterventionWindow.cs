namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// One intervention's floor time, as the speakers' list recorded it (SpeakerEntry.StartedAt / EndedAt); the caller
/// names it with <paramref name="Key"/> (e.g. "{item}/{entry number}") and finds its excerpt under the same key.
/// A null end means the speaker still has the floor: the excerpt runs to the end of the transcript.
/// </summary>
public sealed record InterventionWindow(string Key, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
