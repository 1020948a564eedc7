namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// The current panel's Q&amp;A on the room display: the most upvoted questions (answered ones after the open ones) and how
/// many everyone can see in all. Pending and hidden questions never leave the server.
/// </summary>
public sealed record DisplayQuestions(bool Open, int Count, IReadOnlyList<DisplayQuestion> Top);
