using System.Globalization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The buttons of the speakers' list card. Each acts on the list of the card's own item, and answers the
/// presser with their view: the chair view for co-chairs, the shared one for everyone else.
/// </summary>
public sealed class QueueButtons(QueueOperations operations, QueueSessions sessions, ParticipantDirectory directory)
{
    private const string NotAChair = "NotAChair";

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCardAction(QueueVerbs.Refresh, RefreshAsync);
        router.OnCardAction(QueueVerbs.Request, (t, ct) => ParticipantAsync(t, item =>
            operations.RequestAsync(t.Turn, item, FloorRequest.None with { Topic = t.Get("topic") }, ct), ct));
        router.OnCardAction(QueueVerbs.Withdraw, (t, ct) => ParticipantAsync(t, item => operations.WithdrawAsync(t.Turn, item, ct), ct));
        router.OnCardAction(QueueVerbs.Hold, (t, ct) => ParticipantAsync(t, item => operations.HoldAsync(t.Turn, item, hold: true, ct), ct));
        router.OnCardAction(QueueVerbs.Resume, (t, ct) => ParticipantAsync(t, item => operations.HoldAsync(t.Turn, item, hold: false, ct), ct));
        router.OnCardAction(QueueVerbs.Profile, ProfileAsync);
        router.OnCardAction(QueueVerbs.SaveProfile, SaveProfileAsync);
        router.OnCardAction(QueueVerbs.Ack, (t, ct) => ChairAsync(t, (l, a, now) => l.Ack(a, now), ct));
        router.OnCardAction(QueueVerbs.Skip, (t, ct) => ChairAsync(t, (l, a, now) => l.Skip(a, now), ct));
        router.OnCardAction(QueueVerbs.Open, (t, ct) => ChairAsync(t, (l, a, now) => l.Open(a, now), ct));
        router.OnCardAction(QueueVerbs.Close, (t, ct) => ChairAsync(t, (l, a, now) => l.Close(a, now), ct));
        router.OnCardAction(QueueVerbs.Clear, (t, ct) => ChairAsync(t, (l, a, now) => l.Clear(a, now), ct));
        router.OnCardAction(QueueVerbs.Policy, (t, ct) => OrderingPolicies.TryParse(t.Get("policy"), out var policy)
            ? ChairAsync(t, (l, a, now) => l.SetPolicy(a, policy.Value, now), ct)
            : Task.FromResult(CardActionResult.BadRequest("UnknownPolicy", "Choose a policy from the list.")));
        router.OnCardAction(QueueVerbs.Time, (t, ct) => ClockText.TryParse(t.Get("time"), out var time)
            ? ChairAsync(t, (l, a, now) => l.SetSpeakingTime(a, time.Value, now), ct)
            : Task.FromResult(CardActionResult.BadRequest("BadTime", "Type the speaking time as m:ss, e.g. 3:00.")));
    }

    private async Task<CardActionResult> RefreshAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var item = await ItemOfAsync(action, cancellationToken);
        var list = await sessions.FindAsync(action.Turn.ConversationId, item, cancellationToken)
            ?? (await sessions.ChangeAsync(action.Turn.Reference, item, (_, _) => 0, CardPosting.Update, cancellationToken)).List;
        return await ViewAsync(action.Turn, list, cancellationToken);
    }

    private async Task<CardActionResult> ParticipantAsync(
        CardActionTurn action, Func<int, Task<(SpeakersList List, QueueResult Result)>> operation, CancellationToken cancellationToken)
    {
        var (list, result) = await operation(await ItemOfAsync(action, cancellationToken));
        return result.Succeeded
            ? await ViewAsync(action.Turn, list, cancellationToken)
            : CardActionResult.Say(QueueReplies.Explain(result, list) ?? "Nothing changed.");
    }

    private async Task<CardActionResult> ChairAsync(
        CardActionTurn action, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        if (!await directory.IsChairAsync(action.Turn, cancellationToken))
        {
            return new CardActionResult.Refuse(403, NotAChair, "Only the co-chairs can do this.");
        }

        var (list, result) = await operations.ChairAsync(action.Turn, await ItemOfAsync(action, cancellationToken), change, cancellationToken);
        return result.Succeeded
            ? CardActionResult.Show(QueueCard.Render(list, await sessions.ContextAsync(list.ConversationId, list.ItemIndex, cancellationToken), chairView: true))
            : CardActionResult.Say(QueueReplies.Explain(result, list) ?? "Nothing changed.");
    }

    private async Task<CardActionResult> ProfileAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var profile = await directory.SpeakerOfAsync(action.Turn, cancellationToken);
        return CardActionResult.Show(ProfileCard.Render(profile, StakeholderGroups.Default, await ItemOfAsync(action, cancellationToken)));
    }

    private async Task<CardActionResult> SaveProfileAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var current = await directory.SpeakerOfAsync(action.Turn, cancellationToken);
        var organisation = action.Get(ProfileCard.OrganisationInput)?.Trim();
        var group = StakeholderGroups.TryNormalise(action.Get(ProfileCard.GroupInput), StakeholderGroups.Default, out var g) ? g : current.Group;
        var channel = Enum.TryParse<SpeakerChannel>(action.Get(ProfileCard.ChannelInput), ignoreCase: true, out var c) ? c : current.Channel;
        var profile = current with { Organisation = string.IsNullOrEmpty(organisation) ? null : organisation, Group = group, Channel = channel };
        await directory.SaveProfileAsync(action.Turn, profile, cancellationToken);

        // Someone already in the line keeps their place and shows the new details at once.
        var item = await ItemOfAsync(action, cancellationToken);
        var (list, _) = await sessions.ChangeAsync(action.Turn.Reference, item, (l, now) =>
            l.Queue.Any(o => o.Entry.Speaker.Id == profile.Id) ? l.Request(profile, null, null, now) : null, CardPosting.Update, cancellationToken);
        return await ViewAsync(action.Turn, list, cancellationToken);
    }

    private async Task<CardActionResult> ViewAsync(Turn turn, SpeakersList list, CancellationToken cancellationToken)
    {
        var isChair = await directory.IsChairAsync(turn, cancellationToken);
        return CardActionResult.Show(QueueCard.Render(list, await sessions.ContextAsync(list.ConversationId, list.ItemIndex, cancellationToken), isChair));
    }

    private async Task<int> ItemOfAsync(CardActionTurn action, CancellationToken cancellationToken) =>
        int.TryParse(action.Get(QueueVerbs.ItemKey), NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            ? item
            : await operations.CurrentItemAsync(action.Turn, cancellationToken);
}
