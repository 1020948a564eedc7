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
    /// <summary>
    /// Like <see cref="QueueUpdate"/>, but the activity is rendered right before each attempt to send it.
    /// Several instances updating one card each send the state as it is when their request leaves, so the
    /// last request to reach Teams is never an older render held up in a lane (rate limits, retries).
    /// </summary>
    void QueueRender(ConversationAddress to, string activityId, Func<CancellationToken, ValueTask<Activity?>> render, long version);

    Task WhenIdleAsync(CancellationToken cancellationToken);
}
