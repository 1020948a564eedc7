namespace TeamsDialogueBot.Bot.Floor;

/// <summary>Pushes a snapshot to every floor page open on a link (the host does it with SignalR, a group per token).</summary>
public interface IFloorPublisher
{
    Task PublishAsync(string token, PhoneSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Tells the pages still open on a rotated token that it no longer opens anything.</summary>
    Task RevokeAsync(string token, CancellationToken cancellationToken);
}
