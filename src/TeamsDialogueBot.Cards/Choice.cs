namespace TeamsDialogueBot.Cards;

/// <summary>An option of an <see cref="InputChoiceSet"/>. Titles are plain text (no Markdown).</summary>
public sealed record Choice(string Title, string Value);
