using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
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
    Programme programme,
    IDialogueStore dialogues,
    ISpeakersListStore lists,
    IParticipantProfileStore profiles,
    TimeProvider time,
    ConversationLanguages languages,
    IMeetingRosterStore? roster = null)
{
    /// <summary>The position a read-only card action is about (see <see cref="SpeakersListService.PositionOf"/>); null for one the programme lacks.</summary>
    public async Task<AgendaPosition?> PositionOfAsync(string conversationId, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Get(QueueVerbs.ItemKey) is not { } key)
        {
            return (await dialogues.FindAsync(conversationId, cancellationToken))?.PositionIn(programme) ?? programme.Positions[0];
        }

        return PositionKey.TryParse(key, out var position) && programme.Contains(position) ? position : null;
    }

    /// <summary>The presser's own profile form (read only: saving it is its own button).</summary>
    public async Task<CardActionResult> ProfileFormAsync(Turn turn, AgendaPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = new ParticipantId(turn.UserKey);
        var texts = await languages.PrivateAsync(turn.Activity, turn.ConversationId, cancellationToken);
        var profile = await profiles.FindAsync(turn.ConversationId, id, cancellationToken)
            ?? new Speaker(id, SpeakerLimits.FitName(turn.NameIn(texts)), null, StakeholderGroups.Other, SpeakerChannel.Remote);
        return CardActionResult.Show(ProfileCard.Render(profile, StakeholderGroups.Default, position, texts));
    }

    public async Task<AdaptiveCard> RenderAsync(string conversationId, AgendaPosition position, bool chairView, CancellationToken cancellationToken)
    {
        var list = await lists.FindAsync(conversationId, position, cancellationToken) ?? Fresh(conversationId, position);
        var texts = await languages.SharedAsync(conversationId, cancellationToken);
        return Render(list, await profiles.FindChairsAsync(conversationId, cancellationToken), chairView, await OnlineAsync(list, cancellationToken), texts);
    }

    /// <summary>The card of a list as a turn left it (the presser's own view after a button).</summary>
    public async Task<AdaptiveCard> RenderAsync(SpeakersList list, bool chairView, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var texts = await languages.SharedAsync(list.ConversationId, cancellationToken);
        return Render(list, await profiles.FindChairsAsync(list.ConversationId, cancellationToken), chairView, await OnlineAsync(list, cancellationToken), texts);
    }

    // The card is shared whoever pressed: it is in the dialogue's language, with the programme's translation into it.
    private AdaptiveCard Render(SpeakersList list, IReadOnlyList<string> chairs, bool chairView, OnlineLine? online, Texts texts) =>
        QueueCard.Render(list, new QueueCardContext(HeadingOf(list.Position, texts.Language), time.GetUtcNow(), chairs, online) { Texts = texts }, chairView);

    private async Task<OnlineLine?> OnlineAsync(SpeakersList list, CancellationToken cancellationToken) =>
        roster is null ? null : OnlineLine.For(list, await roster.FiguresAsync(list.ConversationId, cancellationToken));

    // A list nobody used yet is open and empty, as the first request will find it.
    private SpeakersList Fresh(string conversationId, AgendaPosition position)
    {
        var item = position.ItemIndex;
        var speakingTime = (item >= 0 && item < programme.Items.Count ? programme.Items[item].SpeakingTime : null) ?? programme.DefaultSpeakingTime;
        var list = SpeakersList.Create(conversationId, position, speakingTime);
        list.Open(Actor.System, time.GetUtcNow());
        return list;
    }

    private string HeadingOf(AgendaPosition position, string language) =>
        programme.Contains(position) ? programme.In(language).Heading(position) : PositionKey.Of(position);
}
