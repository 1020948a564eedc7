namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// The current panel's Q&amp;A on the room display: the most upvoted questions (answered ones after the open ones) and how
/// many everyone can see in all. Pending and hidden questions never leave the server.
/// </summary>
/// <param name="More">"+3 more on the Q&amp;A card" in the dialogue's language, or null when all are listed.</param>
public sealed record DisplayQuestions(bool Open, int Count, IReadOnlyList<DisplayQuestion> Top, string? More = null);
