namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Everything a <see cref="SpeakersList"/> holds, as plain data for storage; serialisable with
/// System.Text.Json defaults plus <c>JsonStringEnumConverter</c>.
/// </summary>
public sealed record SpeakersListSnapshot
{
    public required string ConversationId { get; init; }
    public required int ItemIndex { get; init; }

    /// <summary>0 = the item's own list; a panel number for a panel's list. Absent in older rows.</summary>
    public int Panel { get; init; }
    public bool IsOpen { get; init; }
    public OrderingPolicy Policy { get; init; }
    public required TimeSpan SpeakingTime { get; init; }
    public long Version { get; init; }
    public IReadOnlyList<string> Groups { get; init; } = StakeholderGroups.Default;
    public IReadOnlyList<SpeakerEntry> Entries { get; init; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
}
