using System.Text.Json;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// What a turn wants the conversation to see, staged as outbox entries that are stored with the turn's other changes
/// and sent afterwards by the <see cref="OutboxDispatcher"/>. Nothing here talks to Teams.
/// </summary>
public sealed class TurnOutbox(ConversationReference reference, DateTimeOffset now)
{
    private readonly List<OutboxEntry> _entries = [];

    public IReadOnlyList<OutboxEntry> Entries => _entries;

    public ConversationReference Reference => reference;

    /// <summary>A chat message (markdown), optionally with @mention entities.</summary>
    public void Say(string text, IList<Entity>? mentions = null, string? notifyOnDrop = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var activity = OutboundActivities.Message(reference);
        activity.Text = text;
        activity.TextFormat = "markdown";
        activity.Entities = mentions;
        Add(OutboxKind.Message, null, new OutboxPayload(reference) { Activity = Wire(activity), NotifyOnDrop = notifyOnDrop });
    }

    /// <summary>A card as it is now (help, results): it is never updated afterwards.</summary>
    public void Post(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Add(OutboxKind.Message, null, new OutboxPayload(reference) { Activity = Wire(OutboundActivities.Card(reference, card)) });
    }

    /// <summary>Posts the card of <paramref name="slot"/>, rendered when it leaves; it becomes the slot's card, kept up to date.</summary>
    public void PostSlot(string slot) => Add(OutboxKind.PostCard, slot, new OutboxPayload(reference));

    /// <summary>Updates the slot's posted card in place, with the state as it is when the update leaves.</summary>
    public void Refresh(string slot) => AddUpdate(OutboxKind.RefreshCard, slot);

    /// <summary>Updates the slot's card in place, or posts it when it was never posted.</summary>
    public void Show(string slot) => AddUpdate(OutboxKind.ShowCard, slot);

    // One update of a slot per turn is enough: it renders the state as it is when it leaves.
    private void AddUpdate(OutboxKind kind, string slot)
    {
        var earlier = _entries.FindIndex(e => e.Slot == slot && e.Kind is OutboxKind.RefreshCard or OutboxKind.ShowCard or OutboxKind.PostCard);
        if (earlier < 0)
        {
            Add(kind, slot, new OutboxPayload(reference));
        }
        else if (kind == OutboxKind.ShowCard && _entries[earlier].Kind == OutboxKind.RefreshCard)
        {
            _entries[earlier] = _entries[earlier] with { Kind = OutboxKind.ShowCard };
        }
    }

    /// <summary>A message to one person in their 1:1 chat with the bot.</summary>
    public void SendPrivately(string userId, string? userName, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var personal = reference with { ConversationId = "", ConversationType = "personal", MeetingId = null };
        var activity = OutboundActivities.Message(personal);
        activity.Text = text;
        activity.TextFormat = "markdown";
        Add(OutboxKind.Personal, null, new OutboxPayload(reference) { Activity = Wire(activity), UserId = userId, UserName = userName });
    }

    /// <summary>A card to one person in their 1:1 chat with the bot (a private form), as it is now: never updated.</summary>
    public void SendCardPrivately(string userId, string? userName, AdaptiveCard card)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(card);
        var personal = reference with { ConversationId = "", ConversationType = "personal", MeetingId = null };
        Add(OutboxKind.Personal, null, new OutboxPayload(reference) { Activity = Wire(OutboundActivities.Card(personal, card)), UserId = userId, UserName = userName });
    }

    private void Add(OutboxKind kind, string? slot, OutboxPayload payload) =>
        _entries.Add(new OutboxEntry(0, reference.ConversationId, kind, slot, payload.ToJson(), now));

    private static JsonElement Wire(Activity activity) => JsonSerializer.SerializeToElement(activity, ProtocolJson.Options);
}
