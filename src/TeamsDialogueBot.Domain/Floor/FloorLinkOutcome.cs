namespace TeamsDialogueBot.Domain.Floor;

/// <summary>What a `floor qr` command did to the dialogue's <see cref="FloorLink"/>.</summary>
public enum FloorLinkOutcome
{
    TurnedOn,
    AlreadyOn,
    TurnedOff,
    AlreadyOff,
    Rotated,
}
