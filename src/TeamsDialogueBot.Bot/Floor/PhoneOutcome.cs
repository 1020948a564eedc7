namespace TeamsDialogueBot.Bot.Floor;

/// <summary>What became of a phone's action; the floor page says each in words of its own (and, later, its language).</summary>
public enum PhoneOutcome
{
    Requested,
    AlreadyWaiting,
    Withdrawn,
    OnHold,
    Resumed,
    NotWaiting,
    NotOnHold,
    HasTheFloor,

    /// <summary>The speakers' list of the current item is closed to participants (`queue close`).</summary>
    ListClosed,

    /// <summary>`floor qr off`: no new requests from phones.</summary>
    RequestsClosed,

    /// <summary>The token was rotated or never existed: the page answers 404.</summary>
    LinkGone,
}
