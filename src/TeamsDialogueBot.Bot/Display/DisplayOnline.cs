namespace TeamsDialogueBot.Bot.Display;

/// <summary>How many attend through Teams now, and how many Teams participants took the floor on the item: counts, never names.</summary>
/// <param name="Text">The line the screen shows, in the dialogue's language.</param>
public sealed record DisplayOnline(int OnlineNow, int SpokeSoFar, string Text);
