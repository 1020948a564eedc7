namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// Where one phone's request stands, under its <see cref="FloorTokens.KeyOf">key</see> (never its browser id or name).
/// </summary>
/// <param name="WaitSeconds">Estimated wait (<c>WaitEstimate</c>); null while on hold.</param>
public sealed record PhonePlace(string Key, int Position, int? WaitSeconds, bool OnHold);
