namespace TeamsDialogueBot.Domain.Changes;

/// <summary>
/// The record that an activity was applied. <paramref name="Response"/> is what the turn answered (an invoke
/// response body), kept so that a redelivered invoke gets the same answer without being applied again.
/// </summary>
public sealed record ActivityClaim(string ActivityId, byte[]? Response);
