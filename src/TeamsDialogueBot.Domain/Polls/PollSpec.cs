namespace TeamsDialogueBot.Domain.Polls;

/// <summary>What a chair asked for with the ad hoc syntax, before it becomes a <see cref="Poll"/>.</summary>
/// <param name="Options">Option labels in the order given; for a rating poll empty (labels go to <see cref="LowLabel"/>/<see cref="HighLabel"/>).</param>
public sealed record PollSpec(string Question, PollKind Kind, IReadOnlyList<string> Options)
{
    /// <summary>For multiple choice: at most this many selections; null = any number.</summary>
    public int? MaxSelections { get; init; }
    public string? LowLabel { get; init; }
    public string? HighLabel { get; init; }
    public bool Anonymous { get; init; }
    public bool Hidden { get; init; }
}
