using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>The speakers' list card of an item as the list stands when it is posted or updated (shared view, chairs refresh to theirs).</summary>
public sealed class QueueSlot(QueueViews views) : ICardSlot
{
    public string Kind => "queue";

    public async Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken) =>
        PositionKey.TryParse(key, out var position)
            ? await views.RenderAsync(conversationId, position, chairView: false, cancellationToken)
            : null;
}
