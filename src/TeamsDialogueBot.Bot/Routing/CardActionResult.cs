using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>What the presser sees after a card action. Invokes show it to that user only.</summary>
public abstract record CardActionResult
{
    private CardActionResult()
    {
    }

    /// <summary>Replace the card, for the presser only, with their own view.</summary>
    public sealed record ShowCard(AdaptiveCard Card) : CardActionResult;

    /// <summary>
    /// The presser's own view, already written as an invoke response. Polls/VoterViews keeps these for many voters:
    /// the bytes alone, because the card's objects they were written from are several times their size, and a cache
    /// that outlives a collection promotes whatever it holds (issue 17).
    /// </summary>
    public sealed record Written(InvokeResponse Response) : CardActionResult;

    /// <summary>A short message shown to the presser.</summary>
    public sealed record ShowMessage(string Text) : CardActionResult;

    /// <summary>The action was refused: bad input, closed poll, not allowed. Nothing changed.</summary>
    public sealed record Refuse(int StatusCode, string Code, string Message) : CardActionResult;

    public static CardActionResult Show(AdaptiveCard card) => new ShowCard(card);

    public static CardActionResult Say(string text) => new ShowMessage(text);

    public static CardActionResult BadRequest(string code, string message) => new Refuse(400, code, message);
}
