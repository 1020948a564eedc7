namespace TeamsDialogueBot.Domain.Polls;

/// <summary>The scale of a rating poll, with optional labels for its two ends.</summary>
public sealed record RatingScale(int Min = 1, int Max = 5, string? LowLabel = null, string? HighLabel = null)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}
