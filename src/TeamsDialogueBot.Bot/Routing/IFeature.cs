namespace TeamsDialogueBot.Bot.Routing;

/// <summary>A slice of the bot (agenda, speakers' list, polls…): thin adapters from commands and cards to its services.</summary>
public interface IFeature
{
    void Register(ActivityRouter router);
}
