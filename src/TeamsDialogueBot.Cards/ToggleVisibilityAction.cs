namespace TeamsDialogueBot.Cards;

/// <summary>Shows/hides the elements with these ids on the client, without a round trip to the bot.</summary>
public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : CardAction;
