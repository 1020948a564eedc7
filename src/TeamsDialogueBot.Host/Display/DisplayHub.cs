using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// The room display's live channel. Read-only: browsers call nothing; a connection is admitted only with a
/// valid <c>?token=</c> (checked before the handshake by <see cref="DisplayEndpoints"/>), joins its link's group
/// (a replaced link's pages are told "revoked" there) and is sent the current snapshot at once, so a reconnect
/// repaints with fresh state. That snapshot is read and sent in turn with the group's pushes
/// (<see cref="DisplayWatcher.SendCurrentAsync"/>): the client's start() resolves at the handshake, before this runs,
/// so a change made meanwhile is pushed while this reads, and must not be overwritten by this older read.
/// </summary>
internal sealed class DisplayHub(DisplayAccess access, DisplayWatcher watcher) : Hub
{
    public const string Path = "/display-hub";
    public const string SnapshotMethod = "snapshot";
    public const string RevokedMethod = "revoked";

    /// <summary>
    /// The link's group, named by a hash of its token: with the Redis backplane, group names travel through Redis, and
    /// the token is all it takes to read the room display (the floor hub names its groups the same way).
    /// </summary>
    public static string GroupOf(string token) =>
        "display:" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("tdb-display-group:" + token)))[..22];

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        var token = http?.Request.Query["token"].ToString();
        var conversationId = await access.ConversationOfAsync(token, Context.ConnectionAborted)
            ?? throw new HubException("Not found.");
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(token!), Context.ConnectionAborted);
        var caller = Clients.Caller;
        await watcher.SendCurrentAsync(
            conversationId, token!, snapshot => caller.SendAsync(SnapshotMethod, snapshot, Context.ConnectionAborted), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
