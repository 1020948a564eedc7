namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A standing agenda item of a tour-de-table, with its guiding questions.</summary>
public sealed record StandingItem(string Title, IReadOnlyList<GuidingQuestion> GuidingQuestions);
