namespace TeamsDialogueBot.Reports.Model;

/// <summary>A standing agenda item of a tour-de-table with its guiding questions.</summary>
public sealed record ProgrammeStandingItem
{
    public required string Title { get; init; }
    public IReadOnlyList<GuidingQuestion> GuidingQuestions { get; init; } = [];
}
