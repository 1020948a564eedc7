namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// Answers with the same content counted together: all a tally needs. A store can hand a 5,000-voter
/// single-choice poll over as four groups instead of 5,000 rows.
/// </summary>
/// <param name="FirstAnsweredAt">The earliest of the group's answers (orders open-text answers by first appearance).</param>
public sealed record AnswerGroup(IReadOnlyList<string> Choices, int? Rating, string? Text, int Count, DateTimeOffset FirstAnsweredAt);
