using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The floor pages' live channel, next to the room display's: read-only, admitted only with a current
/// <c>?token=</c> (checked before the handshake by <see cref="FloorEndpoints"/>), one group per link, and the current
/// snapshot sent at once so a reconnect repaints with fresh state — in turn with the pushes, as the display hub does.
/// </summary>
internal sealed class FloorHub(IFloorLinks links, FloorWatcher watcher) : Hub
{
    public const string Path = "/floor-hub";
    public const string SnapshotMethod = "snapshot";
    public const string RevokedMethod = "revoked";

    // By a hash of the token: group names travel through the SignalR backplane, the secret need not.
    public static string GroupOf(string token) => "floor:" + FloorTokens.KeyOf(token);

    public override async Task OnConnectedAsync()
    {
        var token = Context.GetHttpContext()?.Request.Query["token"].ToString();
        var link = FloorTokens.LooksLikeToken(token) ? await links.FindByTokenAsync(token!, Context.ConnectionAborted) : null;
        if (link is null)
        {
            throw new HubException("Not found.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(token!), Context.ConnectionAborted);
        var caller = Clients.Caller;
        await watcher.SendCurrentAsync(link, snapshot => caller.SendAsync(SnapshotMethod, snapshot, Context.ConnectionAborted), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
