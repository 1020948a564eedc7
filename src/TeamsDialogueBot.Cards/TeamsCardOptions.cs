namespace TeamsDialogueBot.Cards;

/// <summary>The card's Teams-only <c>msteams</c> object.</summary>
public sealed record TeamsCardOptions(TeamsCardWidth Width);
