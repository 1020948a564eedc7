namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>One thing the renderer or our Teams rules object to; Code is the renderer's ValidationEvent name or ours.</summary>
public sealed record CardProblem(string Code, string Message);
