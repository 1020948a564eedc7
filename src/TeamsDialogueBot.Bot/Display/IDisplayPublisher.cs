namespace TeamsDialogueBot.Bot.Display;

/// <summary>Pushes a snapshot to every room display open on a conversation (the host does it with SignalR).</summary>
public interface IDisplayPublisher
{
    Task PublishAsync(string conversationId, DisplaySnapshot snapshot, CancellationToken cancellationToken);
}
