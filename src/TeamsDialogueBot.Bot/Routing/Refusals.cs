namespace TeamsDialogueBot.Bot.Routing;

/// <summary>The polite no a participant gets for a chair command. Nothing changes.</summary>
public static class Refusals
{
    public static string ChairsOnly(string verb) =>
        $"Sorry — `{verb}` is for the co-chairs. Type `help` to see what you can do.";
}
