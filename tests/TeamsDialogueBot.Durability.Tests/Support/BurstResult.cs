namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>What a burst saw: the users whose request the bot answered 200, and how many got no answer at all.</summary>
public sealed record BurstResult(IReadOnlySet<string> AcknowledgedVoters, IReadOnlySet<string> AcknowledgedRequesters, int Unanswered, int Refused);
