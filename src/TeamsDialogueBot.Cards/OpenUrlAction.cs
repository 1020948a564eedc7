namespace TeamsDialogueBot.Cards;

public sealed record OpenUrlAction(string Url) : CardAction;
