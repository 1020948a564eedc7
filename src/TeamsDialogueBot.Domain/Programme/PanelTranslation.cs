namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A panel's texts in another language; null = keep the programme's own.</summary>
public sealed record PanelTranslation(string? Title, string? FollowUp);
