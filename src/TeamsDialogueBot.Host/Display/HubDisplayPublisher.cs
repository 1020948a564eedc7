using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Host.Display;

/// <summary>Sends a snapshot to the conversation's group; with a backplane configured, on every instance.</summary>
internal sealed class HubDisplayPublisher(IHubContext<DisplayHub> hub) : IDisplayPublisher
{
    public Task PublishAsync(string conversationId, DisplaySnapshot snapshot, CancellationToken cancellationToken) =>
        hub.Clients.Group(DisplayHub.GroupOf(conversationId)).SendAsync(DisplayHub.SnapshotMethod, snapshot, cancellationToken);
}
