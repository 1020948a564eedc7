namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A panel inside an item, with what follows it (e.g. "Q&amp;A and collection of inputs").</summary>
public sealed record Panel(string Title, string? FollowUp)
{
    public PanelMember? Moderator { get; init; }
    public IReadOnlyList<PanelMember> Panellists { get; init; } = [];
}
