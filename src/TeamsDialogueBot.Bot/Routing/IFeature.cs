namespace TeamsDialogueBot.Bot.Routing;

/// <summary>A slice of the bot (agenda, speakers' list, polls…) that registers its routes.</summary>
public interface IFeature
{
    void Register(ActivityRouter router);
}
