namespace TeamsDialogueBot.Bot.Help;

/// <summary>A feature that documents its commands for `help`.</summary>
public interface IHelpSource
{
    IEnumerable<CommandHelp> Commands { get; }
}
