namespace TeamsDialogueBot.Domain.Queue;

/// <summary>A person on the speakers' list; <paramref name="Group"/> is one of the list's stakeholder groups.</summary>
public sealed record Speaker(ParticipantId Id, string Name, string? Organisation, string Group, SpeakerChannel Channel);
