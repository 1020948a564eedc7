namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// While `floor qr on`: the floor page's link, which the room display shows as a QR code (drawn by the host at
/// /display/{token}/floor-qr.svg) and as text for those who can't scan. It is meant to be seen by the room.
/// </summary>
/// <param name="Text">The link without its scheme, as people type it.</param>
public sealed record DisplayFloorLink(string Url, string Text);
