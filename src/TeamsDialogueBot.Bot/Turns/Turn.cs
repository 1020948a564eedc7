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

    /// <summary>
    /// A turn that did not come from Teams (a phone on the floor page): <paramref name="activity"/> only names the caller
    /// and the id the turn is claimed under; where the conversation lives comes from what is stored of the dialogue,
    /// so the turn can never overwrite the stored service URL, tenant or bot with the blanks of an activity nobody sent.
    /// </summary>
    public Turn(Activity activity, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        Activity = activity;
        Reference = reference;
    }

    public Activity Activity { get; }
    public ConversationReference Reference { get; }
    public string ConversationId => Reference.ConversationId;

    /// <summary>The caller's Teams MRI ("29:…").</summary>
    public string UserId => Activity.From?.Id ?? "";

    /// <summary>The caller's Entra object id: the only identity authorisation and one-answer-per-person rely on.</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;
    /// <summary>The caller's name in Teams; null when Teams gave none (then the reader's language says "someone", see <see cref="NameIn"/>).</summary>
    public string? UserName => string.IsNullOrWhiteSpace(Activity.From?.Name) ? null : Activity.From!.Name!;

    /// <summary>The caller's name as <paramref name="texts"/>' readers will see it: a name Teams left out is "Someone" in their language.</summary>
    public string NameIn(Localization.Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return UserName ?? texts["Turn.Someone"];
    }

    /// <summary>The stable key of the caller: AAD object id when Teams gives one, else the channel id.</summary>
    public string UserKey => string.IsNullOrEmpty(UserAadObjectId) ? UserId : UserAadObjectId!;

    /// <summary>True when the turn acts on another conversation than the one the activity came from (see <see cref="ActingIn"/>).</summary>
    public bool ActsElsewhere => !string.Equals(Activity.Conversation?.Id, ConversationId, StringComparison.Ordinal);

    /// <summary>
    /// The same activity acting on <paramref name="conversation"/>: a private form in the bot's 1:1 chat that changes
    /// its meeting's state. The turn then queues, claims and saves with that conversation.
    /// </summary>
    public Turn ActingIn(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new Turn(Activity, conversation);
    }

    /// <summary>
    /// What turn preparers looked up before the turn queued (e.g. "mention:29:…" → the participant id of an @mentioned
    /// user), so a handler reads it without calling Teams. Missing keys mean the lookup failed or never ran.
    /// </summary>
    /// <remarks>Made at first use: most turns (every vote) never resolve anything, and the dictionary was a fifth of a turn's allocation.</remarks>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Resolved =>
        LazyInitializer.EnsureInitialized(ref _resolved, static () => new(StringComparer.Ordinal));

    private System.Collections.Concurrent.ConcurrentDictionary<string, string>? _resolved;
}
