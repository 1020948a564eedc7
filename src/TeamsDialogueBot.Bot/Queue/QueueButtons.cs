using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The buttons of the speakers' list card. Each acts on the list of the card's own item, and answers the presser with
/// their view: the chair view for co-chairs, the shared one for everyone else (both in the dialogue's language, as the
/// card is the chat's). What only the presser is told — refusals, "nothing changed" — is in their own language.
/// </summary>
public sealed class QueueButtons(SpeakersListService lists, QueueViews views)
{

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnQuery(QueueVerbs.Refresh, RefreshAsync);
        router.OnQuery(QueueVerbs.Profile, ProfileFormAsync);
        router.OnCardAction(QueueVerbs.Request, Access.Everyone, RequestAsync);
        router.OnCardAction(QueueVerbs.Withdraw, Access.Everyone, (c, a, ct) => ParticipantAsync(c, a, (l, me) => l.Withdraw(me), ct));
        router.OnCardAction(QueueVerbs.Hold, Access.Everyone, (c, a, ct) => ParticipantAsync(c, a, (l, me) => l.Hold(me), ct));
        router.OnCardAction(QueueVerbs.Resume, Access.Everyone, (c, a, ct) => ParticipantAsync(c, a, (l, me) => l.Resume(me), ct));
        router.OnCardAction(QueueVerbs.SaveProfile, Access.Everyone, SaveProfileAsync);
        router.OnCardAction(QueueVerbs.Ack, Access.Chairs, (c, a, ct) => OnTheHeadAsync(c, a, (l, by, now) => l.Ack(by, now), ct));
        router.OnCardAction(QueueVerbs.Skip, Access.Chairs, (c, a, ct) => OnTheHeadAsync(c, a, (l, by, now) => l.Skip(by, now), ct));
        router.OnCardAction(QueueVerbs.Open, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (l, by, now) => l.Open(by, now), ct));
        router.OnCardAction(QueueVerbs.Close, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (l, by, now) => l.Close(by, now), ct));
        router.OnCardAction(QueueVerbs.Clear, Access.Chairs, (c, a, ct) => ChairAsync(c, a, (l, by, now) => l.Clear(by, now), ct));
        router.OnCardAction(QueueVerbs.Policy, Access.Chairs, (c, a, ct) => OrderingPolicies.TryParse(a.Get("policy"), out var policy)
            ? ChairAsync(c, a, (l, by, now) => l.SetPolicy(by, policy.Value, now), ct)
            : Task.FromResult(CardActionResult.BadRequest("UnknownPolicy", c.PrivateTexts["Queue.Reply.ChoosePolicy"])));
        router.OnCardAction(QueueVerbs.Time, Access.Chairs, (c, a, ct) => ClockText.TryParse(a.Get("time"), out var time)
            ? ChairAsync(c, a, (l, by, now) => l.SetSpeakingTime(by, time.Value, now), ct)
            : Task.FromResult(CardActionResult.BadRequest("BadTime", c.PrivateTexts["Queue.Reply.BadTime"])));
    }

    // A view refreshing itself (Teams asks on its own for the chairs listed in the card's refresh): read only.
    private async Task<CardActionResult> RefreshAsync(QueryTurn query, ButtonPress action, CancellationToken cancellationToken)
    {
        if (await views.PositionOfAsync(query.Turn.ConversationId, action, cancellationToken) is not { } position)
        {
            return OutOfDate(Texts.For(Domain.Languages.UnLanguages.Normalise(query.Turn.Activity.Locale)));
        }

        var isChair = await query.IsChairAsync(cancellationToken);
        return CardActionResult.Show(await views.RenderAsync(query.Turn.ConversationId, position, isChair, cancellationToken));
    }

    private async Task<CardActionResult> RequestAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var topic = action.Get("topic");
        if (topic?.Length > SpeakerLimits.Topic)
        {
            return CardActionResult.BadRequest("TopicTooLong", context.PrivateTexts.Format("Queue.Limit.Topic", SpeakerLimits.Topic));
        }

        var (me, stored) = await Participants.SpeakerOfAsync(context, cancellationToken);
        if (!stored)
        {
            Participants.Remember(context, me);
        }

        return await ParticipantAsync(context, action, (l, id) => QueueFeature.NotingLanguage(context, l, id, l.Request(me, topic, null, context.Now)), cancellationToken);
    }

    private async Task<CardActionResult> ParticipantAsync(
        TurnContext context, ButtonPress action, Func<SpeakersList, ParticipantId, QueueResult> change, CancellationToken cancellationToken)
    {
        if (lists.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(context.PrivateTexts);
        }

        var me = Participants.IdOf(context.Turn);
        var (list, result) = await SpeakersListService.ChangeAsync(context, position, l => change(l, me), cancellationToken);
        return result.Succeeded
            ? CardActionResult.Show(await views.RenderAsync(list, await context.IsChairAsync(cancellationToken), cancellationToken))
            : CardActionResult.Say(QueueReplies.Explain(result, list, context.PrivateTexts) ?? context.PrivateTexts["Queue.Reply.NothingChanged"]);
    }

    private async Task<CardActionResult> ChairAsync(
        TurnContext context, ButtonPress action, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        if (lists.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(context.PrivateTexts);
        }

        var (list, result) = await lists.ChairAsync(context, position, change, cancellationToken);
        return result.Succeeded
            ? CardActionResult.Show(await views.RenderAsync(list, chairView: true, cancellationToken))
            : CardActionResult.Say(QueueReplies.Explain(result, list, context.PrivateTexts) ?? context.PrivateTexts["Queue.Reply.NothingChanged"]);
    }

    // Ack and Skip act on the head of the line, so two chairs pressing Ack at once (or one pressing again on a card
    // Teams had not refreshed yet) would call two people. The card carries the head it showed: a press whose head has
    // moved on gets the current chair view and changes nothing, as the agenda card's Next does. Cards from before the
    // head was carried act as they always did; typed `ack` and `skip` are about the line as it is.
    private async Task<CardActionResult> OnTheHeadAsync(
        TurnContext context, ButtonPress action, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        if (action.Get(QueueVerbs.HeadKey) is { } shown && lists.PositionOf(context, action) is { } position)
        {
            var list = await context.Session.ListAsync(position, cancellationToken);
            if (!string.Equals(shown, list.HeadMark, StringComparison.Ordinal))
            {
                return CardActionResult.Show(await views.RenderAsync(list, chairView: true, cancellationToken));
            }
        }

        return await ChairAsync(context, action, change, cancellationToken);
    }

    private async Task<CardActionResult> ProfileFormAsync(QueryTurn query, ButtonPress action, CancellationToken cancellationToken) =>
        await views.PositionOfAsync(query.Turn.ConversationId, action, cancellationToken) is { } position
            ? await views.ProfileFormAsync(query.Turn, position, cancellationToken)
            : OutOfDate(Texts.For(Domain.Languages.UnLanguages.Normalise(query.Turn.Activity.Locale)));

    private async Task<CardActionResult> SaveProfileAsync(TurnContext context, ButtonPress action, CancellationToken cancellationToken)
    {
        var organisation = action.Get(ProfileCard.OrganisationInput)?.Trim();
        if (organisation?.Length > SpeakerLimits.Organisation)
        {
            return CardActionResult.BadRequest("OrganisationTooLong", context.PrivateTexts.Format("Queue.Limit.Organisation", SpeakerLimits.Organisation));
        }

        // A card naming an item the programme lacks (forged or out of date) is refused before anything is stored.
        if (lists.PositionOf(context, action) is not { } position)
        {
            return OutOfDate(context.PrivateTexts);
        }

        var (current, _) = await Participants.SpeakerOfAsync(context, cancellationToken);
        var group = StakeholderGroups.TryNormalise(action.Get(ProfileCard.GroupInput), StakeholderGroups.Default, out var g) ? g : current.Group;
        var channel = Enum.TryParse<SpeakerChannel>(action.Get(ProfileCard.ChannelInput), ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : current.Channel;
        var profile = current with { Organisation = string.IsNullOrEmpty(organisation) ? null : organisation, Group = group, Channel = channel };
        Participants.Remember(context, profile);

        // Someone already in the line keeps their place and shows the new details at once, also once the list is
        // closed (a request would be refused then); someone not in the line is left out of it.
        var (list, _) = await SpeakersListService.ChangeAsync(context, position, l => l.CorrectSpeaker(profile), cancellationToken);
        return CardActionResult.Show(await views.RenderAsync(list, await context.IsChairAsync(cancellationToken), cancellationToken));
    }

    private static CardActionResult OutOfDate(Texts texts) => CardActionResult.BadRequest("UnknownItem", texts["Queue.Reply.OutOfDate"]);
}
