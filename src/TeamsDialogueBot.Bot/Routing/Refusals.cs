using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>The polite no a participant gets for a chair command or button. Nothing changes.</summary>
public static class Refusals
{
    public const string NotAChairCode = "NotAChair";

    /// <summary>Said in the chat (the typed command is there for all to see), so in the dialogue's language.</summary>
    public static string ChairsOnly(string verb, Texts? texts = null) => (texts ?? Texts.English).Format("Refusal.ChairsOnly", verb);

    /// <summary>Shown to the presser alone, so in their own language.</summary>
    public static CardActionResult ChairsOnlyButton(Texts? texts = null) =>
        new CardActionResult.Refuse(403, NotAChairCode, (texts ?? Texts.English)["Refusal.ChairsOnlyButton"]);
}
