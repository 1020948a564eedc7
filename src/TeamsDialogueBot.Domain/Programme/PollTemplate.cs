namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A default poll for a guiding question, as written in the programme file.</summary>
/// <param name="Kind">"single", "multi", "rating", "text" or "ranking".</param>
public sealed record PollTemplate(string Kind, IReadOnlyList<string> Options);
