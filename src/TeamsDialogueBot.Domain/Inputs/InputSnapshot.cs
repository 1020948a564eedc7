using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>An input as stored: plain data that round-trips through System.Text.Json (enums as words).</summary>
public sealed record InputSnapshot
{
    public required string Id { get; init; }
    public required string AuthorKey { get; init; }
    public string? AuthorMri { get; init; }
    public string? AuthorName { get; init; }
    public string? Organisation { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public string? Link { get; init; }
    public int ItemIndex { get; init; }

    /// <summary>0 for the item's own floor, 1… for one of its panels.</summary>
    public int Panel { get; init; }
    public int? GuidingQuestion { get; init; }
    public InputAttribution Attribution { get; init; }
    public InputState State { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>The co-chairs' hide and show actions, oldest first.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];
    public long Version { get; init; } = 1;
}
