namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>The queue and rate history of one conversation. Everything here is guarded by <see cref="Gate"/>.</summary>
internal sealed class Lane(ConversationAddress address, RateWindows windows)
{
    public ConversationAddress Address { get; } = address;
    public Lock Gate { get; } = new();
    public RateWindows Windows { get; } = windows;
    public Queue<LaneItem> Pending { get; } = new();
    public Dictionary<string, UpdateItem> PendingUpdates { get; } = new(StringComparer.Ordinal);

    // Last version queued or sent per activity; forgotten with the lane once its rate history expired.
    public Dictionary<string, long> LastVersions { get; } = new(StringComparer.Ordinal);

    /// <summary>True while a worker task drains this lane; no task exists for an idle lane.</summary>
    public bool Running { get; set; }

    public bool IsIdle => !Running && Pending.Count == 0;
}
