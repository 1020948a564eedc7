namespace TeamsDialogueBot.Bot.Routing;

/// <summary>The polite no a participant gets for a chair command or button. Nothing changes.</summary>
public static class Refusals
{
    public const string NotAChairCode = "NotAChair";

    public static string ChairsOnly(string verb) =>
        $"Sorry — `{verb}` is for the co-chairs. Type `help` to see what you can do.";

    public static CardActionResult ChairsOnlyButton() => new CardActionResult.Refuse(403, NotAChairCode, "Only the co-chairs can do this.");
}
