using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>
/// A kind of card that is posted once and then kept up to date (the agenda, a speakers' list, a poll). Its card is
/// rendered from the stored state when a post or an update leaves, so the last update Teams gets shows the latest
/// state, however many changes were decided while it waited.
/// </summary>
public interface ICardSlot
{
    /// <summary>The first segment of the slots it renders ("agenda", "queue", "poll").</summary>
    string Kind { get; }

    /// <summary>The card as the state is now; null when there is nothing to show any more.</summary>
    Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken);
}
