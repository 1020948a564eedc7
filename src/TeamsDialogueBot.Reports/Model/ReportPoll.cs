namespace TeamsDialogueBot.Reports.Model;

/// <summary>
/// A poll and its tally. Which result lists are filled depends on <see cref="Kind"/>: options for single
/// and multiple choice, <see cref="Rating"/> for a rating scale, <see cref="Ranking"/> for a ranking and
/// <see cref="Texts"/> for open text. Voters are only counted, never named.
/// </summary>
public sealed record ReportPoll
{
    /// <summary>The poll's short id as chairs use it ("p3").</summary>
    public required string Id { get; init; }
    public required string Question { get; init; }
    public required ReportPollKind Kind { get; init; }
    public bool Anonymous { get; init; }
    public required ReportPollState State { get; init; }

    /// <summary>People who answered (one answer per person).</summary>
    public required int Voters { get; init; }
    public int? GuidingQuestion { get; init; }
    public IReadOnlyList<ReportPollOption> Options { get; init; } = [];
    public ReportRating? Rating { get; init; }
    public IReadOnlyList<ReportRankingPlace> Ranking { get; init; } = [];

    /// <summary>Open-text answers grouped by identical text, most frequent first.</summary>
    public IReadOnlyList<ReportTextAnswer> Texts { get; init; } = [];
}
