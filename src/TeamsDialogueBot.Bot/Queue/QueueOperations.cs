using TeamsDialogueBot.Bot.Dialogues;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list operations shared by chat commands and card buttons: who the caller is, which
/// list, the domain call, and for `ack` the announcements. Callers check chair rights first.
/// </summary>
public sealed class QueueOperations(
    QueueSessions sessions,
    DialogueSessions dialogues,
    ParticipantDirectory directory,
    FloorAnnouncer announcer)
{
    public async Task<int> CurrentItemAsync(Turn turn, CancellationToken cancellationToken) =>
        (await dialogues.GetAsync(turn, cancellationToken)).CurrentItemIndex;

    /// <summary>`q+` for oneself, or a chair's `q+ &lt;name&gt;` when the request names someone.</summary>
    public async Task<(SpeakersList List, QueueResult Result)> RequestAsync(Turn turn, int item, FloorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var self = request.Name is null ? await directory.SpeakerOfAsync(turn, cancellationToken) : null;
        return await sessions.ChangeAsync(turn.Reference, item, (list, now) =>
        {
            if (self is null)
            {
                var speaker = new Speaker(
                    ParticipantId.ForTypedName(request.Name!),
                    request.Name!,
                    request.Organisation,
                    GroupOf(request.Group, list),
                    request.Channel ?? SpeakerChannel.Room);
                return list.Request(speaker, request.Topic, request.GuidingQuestion, now, ParticipantDirectory.ActorOf(turn));
            }

            var me = self with
            {
                Channel = request.Channel ?? self.Channel,
                Organisation = request.Organisation ?? self.Organisation,
                Group = request.Group is null ? self.Group : GroupOf(request.Group, list),
            };
            return list.Request(me, request.Topic, request.GuidingQuestion, now);
        }, CardPosting.Update, cancellationToken);
    }

    public Task<(SpeakersList List, QueueResult Result)> WithdrawAsync(Turn turn, int item, CancellationToken cancellationToken) =>
        sessions.ChangeAsync(turn.Reference, item, (list, _) => list.Withdraw(ParticipantDirectory.IdOf(turn)), CardPosting.Update, cancellationToken);

    public Task<(SpeakersList List, QueueResult Result)> HoldAsync(Turn turn, int item, bool hold, CancellationToken cancellationToken) =>
        sessions.ChangeAsync(
            turn.Reference,
            item,
            (list, _) => hold ? list.Hold(ParticipantDirectory.IdOf(turn)) : list.Resume(ParticipantDirectory.IdOf(turn)),
            CardPosting.Update,
            cancellationToken);

    /// <summary>A chair change; after `ack` and `skip` the chat hears who speaks and the next remote speaker is warned.</summary>
    public async Task<(SpeakersList List, QueueResult Result)> ChairAsync(
        Turn turn, int item, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var actor = ParticipantDirectory.ActorOf(turn);
        var (list, result) = await sessions.ChangeAsync(turn.Reference, item, (l, now) => change(l, actor, now), CardPosting.Update, cancellationToken);
        if (result.Succeeded && result.Outcome is QueueOutcome.FloorGiven or QueueOutcome.InterventionEnded or QueueOutcome.Skipped)
        {
            await announcer.AnnounceAsync(turn.Reference, list, result, cancellationToken);
            await announcer.WarnNextAsync(turn.Reference, list, sessions.HeadingOf(item), cancellationToken);
        }

        return (list, result);
    }

    /// <summary>`queue` / `q?`: posts the list's card afresh.</summary>
    public async Task ShowAsync(Turn turn, int item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await sessions.ChangeAsync(turn.Reference, item, (_, _) => 0, CardPosting.Repost, cancellationToken);
    }

    private static string GroupOf(string? typed, SpeakersList list) =>
        StakeholderGroups.TryNormalise(typed, list.Groups, out var group) ? group
        : string.IsNullOrWhiteSpace(typed) ? StakeholderGroups.Other : typed.Trim();
}
