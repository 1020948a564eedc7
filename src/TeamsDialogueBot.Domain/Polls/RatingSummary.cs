namespace TeamsDialogueBot.Domain.Polls;

/// <param name="Distribution">Every value of the scale from low to high, including those nobody chose.</param>
/// <param name="Average">Null when nobody has answered.</param>
public sealed record RatingSummary(RatingScale Scale, IReadOnlyList<RatingCount> Distribution, double? Average);
