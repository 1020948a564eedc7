namespace TeamsDialogueBot.Domain.Queue;

/// <summary>A queued entry at its 1-based <paramref name="Position"/>, with why it is there.</summary>
public sealed record OrderedEntry(int Position, SpeakerEntry Entry, string Reason);
