using Microsoft.AspNetCore.SignalR;
using TeamsDialogueBot.Bot.Display;

namespace TeamsDialogueBot.Host.Display;

/// <summary>
/// The room display's live channel. Read-only: browsers call nothing; a connection is admitted only with a
/// valid <c>?token=</c> (checked before the handshake by <see cref="DisplayEndpoints"/>), joins its
/// conversation's group and is sent the current snapshot at once, so a reconnect repaints with fresh state.
/// </summary>
internal sealed class DisplayHub(DisplayAccess access, DisplaySnapshots snapshots) : Hub
{
    public const string Path = "/display-hub";
    public const string SnapshotMethod = "snapshot";

    public static string GroupOf(string conversationId) => "display:" + conversationId;

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        var conversationId = await access.ConversationOfAsync(http?.Request.Query["token"], Context.ConnectionAborted)
            ?? throw new HubException("Not found.");
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(conversationId), Context.ConnectionAborted);
        var snapshot = await snapshots.LoadAsync(conversationId, Context.ConnectionAborted);
        await Clients.Caller.SendAsync(SnapshotMethod, snapshot, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
