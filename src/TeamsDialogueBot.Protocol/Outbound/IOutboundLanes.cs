using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>
/// One ordered, paced lane per conversation for everything the bot writes into it, so the bot
/// stays within Teams' per-conversation rate limits and a flood of card refreshes collapses.
/// </summary>
public interface IOutboundLanes
{
    /// <summary>Queues a new message in the conversation's lane; completes when the Connector accepted it.</summary>
    Task<ResourceResponse> SendAsync(ConversationAddress to, Activity activity, CancellationToken cancellationToken);

    /// <summary>Queues a reply to <paramref name="replyToId"/>; completes when the Connector accepted it.</summary>
    Task<ResourceResponse> ReplyAsync(ConversationAddress to, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Queues an update of an existing activity and returns at once. A pending update of the same activity
    /// is replaced in place by a newer <paramref name="version"/>; a version not newer than the last one queued
    /// or sent for that activity is dropped, so an older render never overwrites a newer one.
    /// </summary>
    void QueueUpdate(ConversationAddress to, string activityId, Activity activity, long version);

    /// <summary>Completes when no lane has anything pending or in flight.</summary>
    Task WhenIdleAsync(CancellationToken cancellationToken);
}
