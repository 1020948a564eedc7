namespace TeamsDialogueBot.Bot.Display;

/// <summary>The current agenda item; <paramref name="Position"/> is 1-based of <paramref name="Count"/>.</summary>
public sealed record DisplayItem(string Number, string Title, int Position, int Count);
