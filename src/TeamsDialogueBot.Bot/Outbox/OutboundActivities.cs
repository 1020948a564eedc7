using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>The message activities the bot sends into a conversation.</summary>
public static class OutboundActivities
{
    public static Activity Message(ConversationReference to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = to.ChannelId,
            ServiceUrl = to.ServiceUrl,
            From = new ChannelAccount { Id = to.BotId, Name = to.BotName },
            Conversation = new ConversationAccount { Id = to.ConversationId, TenantId = to.TenantId, ConversationType = to.ConversationType },
        };
    }

    public static Activity Card(ConversationReference to, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var activity = Message(to);
        activity.Attachments = [Attachment.AdaptiveCard(CardJson.ToElement(card))];
        activity.Summary = card.FallbackText;
        return activity;
    }
}
