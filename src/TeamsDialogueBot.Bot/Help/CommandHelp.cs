namespace TeamsDialogueBot.Bot.Help;

/// <summary>One line of `help`: the syntax people type and what it does.</summary>
public sealed record CommandHelp(string Syntax, string Description, bool ChairsOnly);
