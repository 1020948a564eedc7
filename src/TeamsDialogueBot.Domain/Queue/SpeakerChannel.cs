namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Where a speaker takes the floor from: the boardroom or online.</summary>
public enum SpeakerChannel
{
    Room,
    Remote,
}
