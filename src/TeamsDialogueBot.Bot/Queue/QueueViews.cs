using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>Renders a speakers' list card from the stores: for the shared card, and for a view refreshing itself.</summary>
public sealed class QueueViews(
    Programme programme, IDialogueStore dialogues, ISpeakersListStore lists, IParticipantProfileStore profiles, TimeProvider time, IMeetingRosterStore? roster = null)
{
    /// <summary>The item a read-only card action is about (see <see cref="SpeakersListService.ItemOf"/>); null for an item the programme lacks.</summary>
    public async Task<int?> ItemOfAsync(string conversationId, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Get(QueueVerbs.ItemKey) is null)
        {
            return (await dialogues.FindAsync(conversationId, cancellationToken))?.CurrentItemIndex ?? 0;
        }

        return action.GetInt(QueueVerbs.ItemKey) is { } item && item >= 0 && item < programme.Items.Count ? item : null;
    }

    /// <summary>The presser's own profile form (read only: saving it is its own button).</summary>
    public async Task<CardActionResult> ProfileFormAsync(Turn turn, int itemIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = new ParticipantId(turn.UserKey);
        var profile = await profiles.FindAsync(turn.ConversationId, id, cancellationToken)
            ?? new Speaker(id, SpeakerLimits.FitName(turn.UserName), null, StakeholderGroups.Other, SpeakerChannel.Remote);
        return CardActionResult.Show(ProfileCard.Render(profile, StakeholderGroups.Default, itemIndex));
    }

    public async Task<AdaptiveCard> RenderAsync(string conversationId, int itemIndex, bool chairView, CancellationToken cancellationToken)
    {
        var list = await lists.FindAsync(conversationId, itemIndex, cancellationToken) ?? Fresh(conversationId, itemIndex);
        return Render(list, await profiles.FindChairsAsync(conversationId, cancellationToken), chairView, await OnlineAsync(list, cancellationToken));
    }

    /// <summary>The card of a list as a turn left it (the presser's own view after a button).</summary>
    public async Task<AdaptiveCard> RenderAsync(SpeakersList list, bool chairView, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Render(list, await profiles.FindChairsAsync(list.ConversationId, cancellationToken), chairView, await OnlineAsync(list, cancellationToken));
    }

    private AdaptiveCard Render(SpeakersList list, IReadOnlyList<string> chairs, bool chairView, OnlineLine? online) =>
        QueueCard.Render(list, new QueueCardContext(HeadingOf(list.ItemIndex), time.GetUtcNow(), chairs, online), chairView);

    private async Task<OnlineLine?> OnlineAsync(SpeakersList list, CancellationToken cancellationToken) =>
        roster is null ? null : OnlineLine.For(list, await roster.FiguresAsync(list.ConversationId, cancellationToken));

    // A list nobody used yet is open and empty, as the first request will find it.
    private SpeakersList Fresh(string conversationId, int itemIndex)
    {
        var speakingTime = (itemIndex >= 0 && itemIndex < programme.Items.Count ? programme.Items[itemIndex].SpeakingTime : null) ?? programme.DefaultSpeakingTime;
        var list = SpeakersList.Create(conversationId, itemIndex, speakingTime);
        list.Open(Actor.System, time.GetUtcNow());
        return list;
    }

    private string HeadingOf(int itemIndex) =>
        itemIndex >= 0 && itemIndex < programme.Items.Count ? programme.Items[itemIndex].Heading : $"Item {itemIndex + 1}";
}
