namespace TeamsDialogueBot.Cards;

/// <summary>Buttons inside the body. Teams' host config shows at most 6 actions per set.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
