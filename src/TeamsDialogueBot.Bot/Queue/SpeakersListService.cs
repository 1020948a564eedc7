using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list aggregate's one service: loads a list through the turn's unit of work, changes it, keeps its card
/// up to date (posted the first time, then updated in place) and, after `ack` and `skip`, has the floor announced.
/// </summary>
public sealed class SpeakersListService(Programme programme)
{
    public static async Task<(SpeakersList List, QueueResult Result)> ChangeAsync(
        TurnContext context, int itemIndex, Func<SpeakersList, QueueResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var list = await context.Session.ListAsync(itemIndex, cancellationToken);
        var before = list.Version;
        var result = change(list);
        if (list.Version != before)
        {
            context.Outbox.Show(CardSlots.Queue(itemIndex));
        }

        return (list, result);
    }

    /// <summary>A chair change; after `ack` and `skip` the chat hears who speaks and the next remote speaker is told privately.</summary>
    public async Task<(SpeakersList List, QueueResult Result)> ChairAsync(
        TurnContext context, int itemIndex, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (list, result) = await ChangeAsync(context, itemIndex, l => change(l, context.Actor, context.Now), cancellationToken);
        if (result.Succeeded && result.Outcome is QueueOutcome.FloorGiven or QueueOutcome.InterventionEnded or QueueOutcome.Skipped)
        {
            await FloorAnnouncer.AnnounceAsync(context, list, result, cancellationToken);
            await FloorAnnouncer.WarnNextAsync(context, list, HeadingOf(itemIndex), cancellationToken);
        }

        return (list, result);
    }

    /// <summary>`queue` / `q?`: posts the list's card afresh; the new card is the one kept up to date (the old one scrolled away).</summary>
    public static void Repost(TurnContext context, int itemIndex)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Outbox.PostSlot(CardSlots.Queue(itemIndex));
    }

    public string HeadingOf(int itemIndex) =>
        itemIndex >= 0 && itemIndex < programme.Items.Count ? programme.Items[itemIndex].Heading : $"Item {itemIndex + 1}";

    /// <summary>
    /// The item a card action is about: the card's own item (old cards act on their own list), else the current one.
    /// Null when the card names an item the programme doesn't have (forged or out-of-date data): refuse it.
    /// </summary>
    public int? ItemOf(TurnContext context, ButtonPress action)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        if (action.Get(QueueVerbs.ItemKey) is null)
        {
            return context.Session.Dialogue.CurrentItemIndex;
        }

        return action.GetInt(QueueVerbs.ItemKey) is { } item && item >= 0 && item < programme.Items.Count ? item : null;
    }
}
