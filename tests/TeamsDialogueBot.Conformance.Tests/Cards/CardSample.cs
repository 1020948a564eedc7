using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>One card the bot can send, in one state worth checking. The name is also the picture's file name.</summary>
public sealed record CardSample(string Name, AdaptiveCard Card);
