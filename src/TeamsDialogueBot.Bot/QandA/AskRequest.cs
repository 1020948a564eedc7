namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// What `ask` was given: the question, whether to hide the asker's name, the panellist it is addressed to (as the
/// programme spells the name), and, when the asker named someone with "to …:" who is no panellist, what they typed.
/// </summary>
public sealed record AskRequest(string Text, bool Anonymous, string? AddressedTo, string? UnknownAddressee);
