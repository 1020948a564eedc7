namespace TeamsDialogueBot.Domain.Floor;

/// <summary>
/// Reads the dialogues' floor links. They are written only through the turn's unit of work
/// (<see cref="Changes.StagedWrite.SaveFloorLink"/>), so a chair's `floor qr` is applied exactly once.
/// </summary>
public interface IFloorLinks
{
    /// <summary>The conversation's link, or null when it never had one.</summary>
    Task<FloorLink?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The link whose current token is <paramref name="token"/>; null for a made-up or rotated token.</summary>
    Task<FloorLink?> FindByTokenAsync(string token, CancellationToken cancellationToken);
}
