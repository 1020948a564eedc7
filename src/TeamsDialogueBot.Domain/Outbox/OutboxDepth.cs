namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>How much waits in the outbox: unsent entries and the age of the oldest one.</summary>
public sealed record OutboxDepth(int Pending, TimeSpan OldestAge);
