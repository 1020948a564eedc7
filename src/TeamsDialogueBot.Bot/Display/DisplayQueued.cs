namespace TeamsDialogueBot.Bot.Display;

/// <summary>One of the next speakers, at its 1-based place in line.</summary>
/// <param name="Channel">"room" or "remote".</param>
public sealed record DisplayQueued(int Position, string Name, string? Organisation, string Channel, bool OnHold);
