using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>One queued operation of a lane.</summary>
internal abstract class LaneItem
{
    public abstract string Kind { get; }
}

/// <summary>A send (or a reply when <see cref="ReplyToId"/> is set) whose caller awaits the Connector's answer.</summary>
internal sealed class SendItem(Activity activity, string? replyToId, CancellationToken cancellationToken) : LaneItem
{
    public Activity Activity { get; } = activity;
    public string? ReplyToId { get; } = replyToId;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public TaskCompletionSource<ResourceResponse> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public CancellationTokenRegistration CancelRegistration { get; set; }
    public override string Kind => ReplyToId is null ? "send" : "reply";
}

/// <summary>An update; while it waits in the queue a newer version replaces its activity in place.</summary>
internal sealed class UpdateItem(string activityId, Func<CancellationToken, ValueTask<Activity?>> render, long version) : LaneItem
{
    public string ActivityId { get; } = activityId;

    /// <summary>Produces the activity right before each attempt; null = nothing to send any more.</summary>
    public Func<CancellationToken, ValueTask<Activity?>> Render { get; set; } = render;
    public long Version { get; set; } = version;
    public override string Kind => "update";
}
