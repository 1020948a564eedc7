using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Says in the chat who has the floor (remote speakers by a real @mention, room speakers by name) and
/// gives the next remote speaker a private heads-up in a 1:1 chat. A failed heads-up is logged only:
/// the floor has been given either way.
/// </summary>
public sealed partial class FloorAnnouncer(
    ConversationOutbox outbox,
    ParticipantDirectory directory,
    IConnectorClient connector,
    ILogger<FloorAnnouncer> logger)
{
    private readonly ConcurrentDictionary<(string Conversation, int Item, int Entry), bool> _warned = new();

    public async Task AnnounceAsync(ConversationReference reference, SpeakersList list, QueueResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome == QueueOutcome.InterventionEnded && result.Ended is { } ended)
        {
            await outbox.SendTextAsync(reference, $"Thank you, {CardText.Plain(ended.Speaker.Name)}. Nobody else is waiting.", cancellationToken);
            return;
        }

        if (result.Outcome != QueueOutcome.FloorGiven || result.Entry is not { } entry)
        {
            return;
        }

        var speaker = entry.Speaker;
        var allowed = ClockText.Format(list.SpeakingTime);
        var details = string.Join(", ", new[] { speaker.Organisation, speaker.Channel == SpeakerChannel.Room ? "in the room" : "remote" }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => CardText.Plain(s!)));
        var topic = entry.Topic is { } t ? $" — to say: {CardText.Plain(CardText.Truncate(t, 120))}" : string.Empty;
        var mri = speaker.Channel == SpeakerChannel.Remote ? await directory.MriOfAsync(list.ConversationId, speaker.Id, cancellationToken) : null;
        if (mri is not null)
        {
            var tag = $"<at>{MentionName(speaker.Name)}</at>";
            var mention = Entity.Mention(new ChannelAccount { Id = mri, Name = speaker.Name }, tag);
            await outbox.SendTextAsync(reference, $"🎙 {tag} ({details}), the floor is yours — {allowed}{topic}", cancellationToken, [mention]);
        }
        else
        {
            await outbox.SendTextAsync(reference, $"🎙 **{CardText.Plain(speaker.Name)}** ({details}), the floor is yours — {allowed}{topic}", cancellationToken);
        }
    }

    /// <summary>Tells the first one waiting, if remote and on Teams, that they are next; once per entry.</summary>
    public async Task WarnNextAsync(ConversationReference reference, SpeakersList list, string itemHeading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(list);
        var next = list.Queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting)?.Entry;
        if (next is null || next.Speaker.Channel != SpeakerChannel.Remote || next.Speaker.Id.IsTypedName
            || reference.TenantId is null || !_warned.TryAdd((list.ConversationId, list.ItemIndex, next.Number), true))
        {
            return;
        }

        try
        {
            var mri = await directory.MriOfAsync(list.ConversationId, next.Speaker.Id, cancellationToken);
            if (mri is null)
            {
                return;
            }

            var bot = new ChannelAccount { Id = reference.BotId, Name = reference.BotName };
            var personal = await connector.CreatePersonalConversationAsync(
                reference.ServiceUrl, reference.TenantId, bot, new ChannelAccount { Id = mri, Name = next.Speaker.Name }, cancellationToken);
            var to = reference with { ConversationId = personal, ConversationType = "personal", MeetingId = null };
            await outbox.SendTextAsync(to, $"You are next on the speakers' list for **{CardText.Plain(itemHeading)}**. Get ready — unmute when the chair gives you the floor.", cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            LogHeadsUpFailed(logger, list.ConversationId, e.Message);
        }
    }

    // A mention's text must match the tag exactly; angle brackets in a display name would break the tag.
    private static string MentionName(string name) => name.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the 'you are next' heads-up in conversation {ConversationId}: {Reason}")]
    private static partial void LogHeadsUpFailed(ILogger logger, string conversationId, string reason);
}
