using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>An item's window for inputs as stored.</summary>
public sealed record InputWindowSnapshot
{
    public int ItemIndex { get; init; }
    public bool IsOpen { get; init; } = true;

    /// <summary>The co-chairs' close and open actions, oldest first.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
    public long Version { get; init; } = 1;
}
