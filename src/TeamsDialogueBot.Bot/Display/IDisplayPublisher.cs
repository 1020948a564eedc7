namespace TeamsDialogueBot.Bot.Display;

/// <summary>Pushes to the room displays open on a display link (the host does it with SignalR).</summary>
public interface IDisplayPublisher
{
    Task PublishAsync(string token, DisplaySnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Tells the pages open on a link that was replaced that it no longer works.</summary>
    Task RevokeAsync(string token, CancellationToken cancellationToken);
}
