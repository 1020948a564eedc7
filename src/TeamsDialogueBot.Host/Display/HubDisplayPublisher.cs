using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Host.Display;

/// <summary>Sends to the group of a display link; with a backplane configured, on every instance.</summary>
internal sealed class HubDisplayPublisher(IHubContext<DisplayHub> hub) : IDisplayPublisher
{
    public Task PublishAsync(string token, DisplaySnapshot snapshot, CancellationToken cancellationToken) =>
        hub.Clients.Group(DisplayHub.GroupOf(token)).SendAsync(DisplayHub.SnapshotMethod, snapshot, cancellationToken);

    public Task RevokeAsync(string token, CancellationToken cancellationToken) =>
        hub.Clients.Group(DisplayHub.GroupOf(token)).SendAsync(DisplayHub.RevokedMethod, cancellationToken);
}
