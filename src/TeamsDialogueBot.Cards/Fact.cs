namespace TeamsDialogueBot.Cards;

/// <summary>One title/value row of a <see cref="FactSet"/>; both render Markdown like a TextBlock.</summary>
public sealed record Fact(string Title, string Value);
