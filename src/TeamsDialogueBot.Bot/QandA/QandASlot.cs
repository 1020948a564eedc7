using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>The Q&amp;A card of a position as its board stands when the card is posted or updated (shared view; chairs refresh to theirs).</summary>
public sealed class QandASlot(QandAViews views) : ICardSlot
{
    public string Kind => QandASlots.Kind;

    public async Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken) =>
        PositionKey.TryParse(key, out var position)
            ? await views.RenderAsync(conversationId, position, null, cancellationToken)
            : null;
}
