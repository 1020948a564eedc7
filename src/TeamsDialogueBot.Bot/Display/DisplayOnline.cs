namespace TeamsDialogueBot.Bot.Display;

/// <summary>How many attend through Teams now, and how many Teams participants took the floor on the item: counts, never names.</summary>
public sealed record DisplayOnline(int OnlineNow, int SpokeSoFar);
