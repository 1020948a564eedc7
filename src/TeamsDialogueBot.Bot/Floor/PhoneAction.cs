namespace TeamsDialogueBot.Bot.Floor;

/// <summary>What a phone on the floor page asks: the speakers' list verbs of a remote participant.</summary>
public enum PhoneAction
{
    Request,
    Withdraw,
    Hold,
    Resume,
}
