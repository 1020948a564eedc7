namespace TeamsDialogueBot.Bot.Floor;

/// <summary>What a phone on the floor page asks: the speakers' list verbs of a remote participant.</summary>
public enum PhoneAction
{
    Request,
    Withdraw,
    Hold,
    Resume,

    /// <summary>
    /// Not a button: the phone's details changed ("change my details"), so a queued entry of it shows them. Sent by the
    /// join form, never routed from a page's action post.
    /// </summary>
    CorrectDetails,
}
