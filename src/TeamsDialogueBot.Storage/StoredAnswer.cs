namespace TeamsDialogueBot.Storage;

/// <summary>A poll answer without its keys, which live in their own columns: the answer row's <c>data</c>.</summary>
internal sealed record StoredAnswer(IReadOnlyList<string>? Choices, int? Rating, string? Text);
