namespace TeamsDialogueBot.Domain.Polls;

/// <summary>The counts of a poll; only the part for its kind is filled, the rest is empty or null.</summary>
public sealed record PollResults
{
    /// <summary>Single and multiple choice: every option in option order.</summary>
    public IReadOnlyList<OptionCount> Options { get; init; } = [];
    public RatingSummary? Rating { get; init; }

    /// <summary>Ranking: best first; ties in option order.</summary>
    public IReadOnlyList<RankingPlace> Ranking { get; init; } = [];

    /// <summary>Open text: most frequent first, then the earliest answered.</summary>
    public IReadOnlyList<TextGroup> Texts { get; init; } = [];
}
