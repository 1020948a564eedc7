namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>One field of an input breaking one rule; nothing is stored while there is any.</summary>
public sealed record InputProblem(InputField Field, InputRule Rule);
