using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// Messages and cards from the bot to a conversation. Everything goes through the outbound lanes,
/// so the bot stays under Teams' per-conversation rate limits however busy the meeting is.
/// </summary>
public sealed class ConversationOutbox(IOutboundLanes lanes, IEnumerable<IConversationWatcher> watchers)
{
    private readonly IConversationWatcher[] _watchers = [.. watchers];

    public async Task<string?> SendTextAsync(ConversationReference to, string text, CancellationToken cancellationToken, IList<Entity>? mentions = null)
    {
        var activity = NewMessage(to);
        activity.Text = text;
        activity.TextFormat = "markdown";
        activity.Entities = mentions;
        var sent = await lanes.SendAsync(Address(to), activity, cancellationToken);
        Notify(to);
        return sent.Id;
    }

    public async Task<string?> SendCardAsync(ConversationReference to, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var sent = await lanes.SendAsync(Address(to), CardMessage(to, card), cancellationToken);
        Notify(to);
        return sent.Id;
    }

    /// <summary>
    /// Replaces an already posted card for everyone. Coalesced in the lane: of many updates queued in a burst
    /// only the latest <paramref name="version"/> is guaranteed to be sent.
    /// </summary>
    public void QueueCardUpdate(ConversationReference to, string activityId, AdaptiveCard card, long version)
    {
        var activity = CardMessage(to, card);
        activity.Id = activityId;
        lanes.QueueUpdate(Address(to), activityId, activity, version);
        Notify(to);
    }

    /// <summary>
    /// Replaces an already posted card for everyone with the card <paramref name="render"/> produces when the
    /// update actually leaves (null = nothing to send): with several instances, the last update Teams
    /// receives is then the freshest state, whoever sends it.
    /// </summary>
    public void QueueCardRender(ConversationReference to, string activityId, Func<CancellationToken, Task<AdaptiveCard?>> render, long version)
    {
        ArgumentNullException.ThrowIfNull(render);
        lanes.QueueRender(Address(to), activityId, async cancellationToken =>
        {
            if (await render(cancellationToken) is not { } card)
            {
                return null;
            }

            var activity = CardMessage(to, card);
            activity.Id = activityId;
            return activity;
        }, version);
        Notify(to);
    }

    private void Notify(ConversationReference conversation)
    {
        foreach (var watcher in _watchers)
        {
            watcher.Changed(conversation);
        }
    }

    private static Activity CardMessage(ConversationReference to, AdaptiveCard card)
    {
        var activity = NewMessage(to);
        activity.Attachments = [Attachment.AdaptiveCard(CardJson.ToElement(card))];
        activity.Summary = card.FallbackText;
        return activity;
    }

    private static Activity NewMessage(ConversationReference to) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = to.ChannelId,
        ServiceUrl = to.ServiceUrl,
        From = new ChannelAccount { Id = to.BotId, Name = to.BotName },
        Conversation = new ConversationAccount { Id = to.ConversationId, TenantId = to.TenantId, ConversationType = to.ConversationType },
    };

    private static ConversationAddress Address(ConversationReference to) => new(to.ServiceUrl, to.ConversationId);
}
