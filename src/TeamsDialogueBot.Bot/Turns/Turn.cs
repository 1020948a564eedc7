using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>One inbound activity and the facts about it that every handler needs.</summary>
public sealed class Turn
{
    public Turn(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        Reference = new ConversationReference
        {
            ConversationId = activity.Conversation?.Id ?? "",
            ServiceUrl = activity.ServiceUrl ?? "",
            ChannelId = activity.ChannelId ?? "msteams",
            BotId = activity.Recipient?.Id ?? "",
            BotName = activity.Recipient?.Name,
            TenantId = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId,
            MeetingId = activity.ChannelData?.Meeting?.Id,
            ConversationType = activity.Conversation?.ConversationType,
        };
    }

    public Activity Activity { get; }
    public ConversationReference Reference { get; }
    public string ConversationId => Reference.ConversationId;

    /// <summary>The caller's Teams MRI ("29:…").</summary>
    public string UserId => Activity.From?.Id ?? "";

    /// <summary>The caller's Entra object id: the only identity authorisation and one-answer-per-person rely on.</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;
    public string UserName => string.IsNullOrWhiteSpace(Activity.From?.Name) ? "Someone" : Activity.From!.Name!;

    /// <summary>The stable key of the caller: AAD object id when Teams gives one, else the channel id.</summary>
    public string UserKey => string.IsNullOrEmpty(UserAadObjectId) ? UserId : UserAadObjectId!;

    /// <summary>
    /// What turn preparers looked up before the turn queued (e.g. "mention:29:…" → the participant id of an @mentioned
    /// user), so a handler reads it without calling Teams. Missing keys mean the lookup failed or never ran.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Resolved { get; } = new(StringComparer.Ordinal);
}
