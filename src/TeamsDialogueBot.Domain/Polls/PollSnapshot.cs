namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// A poll as stored: plain data that round-trips through System.Text.Json with default settings
/// (plus JsonStringEnumConverter for readable enums). Answers are stored separately, one per voter.
/// </summary>
public sealed record PollSnapshot
{
    public required string Id { get; init; }
    public required string Question { get; init; }
    public required PollKind Kind { get; init; }
    public IReadOnlyList<PollOption> Options { get; init; } = [];
    public int? MaxSelections { get; init; }
    public RatingScale? Scale { get; init; }
    public bool Anonymous { get; init; }
    public bool Hidden { get; init; }
    public bool Revealed { get; init; }
    public PollState State { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required string OpenedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset? RevealedAt { get; init; }
    public string? RevealedBy { get; init; }
    public int? GuidingQuestionNumber { get; init; }
    public int? AgendaItemIndex { get; init; }
    public int Version { get; init; } = 1;
}
