using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>Sends the floor pages' snapshot to the link's group; with a backplane configured, on every instance.</summary>
internal sealed class HubFloorPublisher(IHubContext<FloorHub> hub) : IFloorPublisher
{
    public Task PublishAsync(string token, PhoneSnapshot snapshot, CancellationToken cancellationToken) =>
        hub.Clients.Group(FloorHub.GroupOf(token)).SendAsync(FloorHub.SnapshotMethod, snapshot, cancellationToken);

    public Task RevokeAsync(string token, CancellationToken cancellationToken) =>
        hub.Clients.Group(FloorHub.GroupOf(token)).SendAsync(FloorHub.RevokedMethod, cancellationToken);
}
