namespace TeamsDialogueBot.Domain.Polls;

/// <summary>Open-text answers that are identical after trimming, merged.</summary>
public sealed record TextGroup(string Text, int Count);
