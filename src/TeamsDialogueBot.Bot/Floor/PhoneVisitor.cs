namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// Someone on the floor page, as their cookie remembers them for the dialogue: a random browser id (their identity on
/// the list) and what they typed on their first visit, already checked against <see cref="PhoneProfile"/>.
/// </summary>
public sealed record PhoneVisitor(string BrowserId, string Name, string? Organisation, string Group);
