using TeamsDialogueBot.Bot.Floor;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>What floor.js gets back for an action: the outcome, its words, and the state right after it.</summary>
public sealed record PhoneActionReply(string Outcome, string Message, PhoneSnapshot Snapshot);
