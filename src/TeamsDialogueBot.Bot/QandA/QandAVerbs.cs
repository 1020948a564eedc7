namespace TeamsDialogueBot.Bot.QandA;

/// <summary>The Action.Execute verbs, data keys and input ids of the Q&amp;A card.</summary>
public static class QandAVerbs
{
    public const string Refresh = "qa.refresh";
    public const string Ask = "qa.ask";
    public const string Upvote = "qa.upvote";
    public const string Approve = "qa.approve";
    public const string Hide = "qa.hide";
    public const string Show = "qa.show";
    public const string Answered = "qa.answered";

    /// <summary>The data key naming the agenda position a card belongs to ("2.1"), so old cards act on their own Q&amp;A.</summary>
    public const string PositionKey = "pos";

    /// <summary>The data key of the question a button acts on (its number on the board).</summary>
    public const string QuestionKey = "q";

    public const string TextInput = "qaText";
    public const string AddresseeInput = "qaTo";
    public const string AttributionInput = "qaAs";
    public const string Named = "named";

    /// <summary>The addressee choice meaning "the whole panel": a choice's value may not be empty.</summary>
    public const string WholePanel = "panel";
    public const string Anonymous = "anonymous";
}
