namespace TeamsDialogueBot.Protocol.Activities;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
}
