namespace TeamsDialogueBot.Bot.Queue;

/// <summary>The Action.Execute verbs of the speakers' list cards.</summary>
public static class QueueVerbs
{
    public const string Refresh = "queue.refresh";
    public const string Request = "queue.request";
    public const string Withdraw = "queue.withdraw";
    public const string Hold = "queue.hold";
    public const string Resume = "queue.resume";
    public const string Profile = "queue.profile";
    public const string SaveProfile = "queue.profile.save";
    public const string Ack = "queue.ack";
    public const string Skip = "queue.skip";
    public const string Open = "queue.open";
    public const string Close = "queue.close";
    public const string Clear = "queue.clear";
    public const string Policy = "queue.policy";
    public const string Time = "queue.time";

    /// <summary>The data key naming the agenda item a card belongs to, so old cards act on their own list.</summary>
    public const string ItemKey = "item";

    /// <summary>The data key of Ack and Skip holding the head of the line the card showed (<c>SpeakersList.HeadMark</c>).</summary>
    public const string HeadKey = "head";
}
